import { describe, expect, it } from "vitest";
import { campaignSchema, issueText, nomineeAllowance, SEEDS, type CampaignInput } from "../../shared/index.ts";

const seed = (id: string) => SEEDS.find((c) => c.id === id)!;
const periodOf = (id: string, period: string) => seed(id).periods.find((p) => p.id === period)!;

describe("how many nominees a unit may propose (issue 17)", () => {
  it("3096: its proposal cap, 1 collective and 3 individuals, though no individual prize is set nationally", () => {
    expect(nomineeAllowance(seed("participants-3096-2019"), periodOf("participants-3096-2019", "final"))).toEqual({
      collective: 1,
      individual: 3,
    });
  });

  it("3826: individuals only where the prize set awards them (the final review's 20), none in a month", () => {
    const egov = seed("egov-3826-2015");
    expect(nomineeAllowance(egov, periodOf("egov-3826-2015", "final")).individual).toBe(20);
    expect(nomineeAllowance(egov, periodOf("egov-3826-2015", "2015-10")).individual).toBe(0);
  });

  it("a cap past every prize set's individual prizes is refused on proposalCap.individuals, in both languages", () => {
    const def = structuredClone(seed("egov-3826-2015")) as CampaignInput;
    def.proposalCap = { collectives: 1, individuals: 21 };
    const r = campaignSchema.safeParse(def);
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.path.join(".") === "proposalCap.individuals")!;
    expect(issueText(issue, def)).toEqual({
      vi: expect.stringContaining("tối đa 21 cá nhân, nhiều hơn 20 giải cá nhân"),
      en: expect.stringContaining("more than the 20 individual prizes"),
    });
    def.proposalCap = { collectives: 1, individuals: 20 };
    expect(campaignSchema.safeParse(def).success).toBe(true);
  });
});
