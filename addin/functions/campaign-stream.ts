import type { Campaign } from "../../shared/index.ts";
import { campaignOf } from "../../shared/index.ts";
import { currentCampaigns, onCampaignsChange } from "../campaigns/store.ts";
import { rangeWithBlanks, settledArguments } from "./arguments.ts";
import { streamCell } from "./stream.ts";

/**
 * The five functions that take a campaign stream, as TARGET does: each cell scores with the definitions in
 * memory (the seeds, then the device's copy, then the service's), and again when headquarters publishes or
 * corrects one, so a workbook of a campaign nobody coded scores once the add-in has loaded it and follows its
 * corrections, with no recalculation of anything else. The first argument is the campaign; the arguments at
 * `ranges` are ranges whose desktop zeros are asked about (an empty Giá trị cell is missing, not 0).
 */
export function streamCampaign<T>(
  invocation: CustomFunctions.StreamingInvocation<T>,
  args: readonly unknown[],
  ranges: readonly number[],
  answer: (campaign: Campaign, ...rest: any[]) => T,
): void {
  const prepare = async (): Promise<readonly unknown[]> => {
    const settled = [...(await settledArguments(args, invocation))];
    for (const i of ranges) settled[i] = await rangeWithBlanks(args[i], invocation.parameterAddresses?.[i]);
    return settled;
  };
  streamCell(
    invocation,
    ranges.length ? prepare : () => settledArguments(args, invocation),
    onCampaignsChange,
    ([campaign, ...rest]) => answer(campaignOf(currentCampaigns(), campaign), ...rest),
  );
}

/** A campaign function whose answer is the one cell of a matrix (those that ask for their ranges' addresses). */
export function streamCampaignCell<T>(
  invocation: CustomFunctions.StreamingInvocation<T[][]>,
  args: readonly unknown[],
  ranges: readonly number[],
  answer: (campaign: Campaign, ...rest: any[]) => T,
): void {
  streamCampaign(invocation, args, ranges, (campaign, ...rest) => [[answer(campaign, ...rest)]]);
}
