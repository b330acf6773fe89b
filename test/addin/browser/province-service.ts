import type { BrowserContext } from "playwright-core";
import { routeService } from "./service-route.ts";

/** One stored submission of the province, as the service lists it. */
export interface StoredFigures {
  claimed: number;
  computed: number;
  mismatch: boolean;
}

/**
 * The service in a browser context, at `service`: a province's token (P34-01, Hà Nội), one stored submission with
 * the given figures, no targets; `state.down` drops every request, as an unreachable service does.
 */
export async function answerService(
  context: BrowserContext,
  service: string,
  state: { down: boolean } = { down: false },
  figures: StoredFigures = { claimed: 95, computed: 92, mismatch: true },
): Promise<void> {
  await routeService(
    context,
    service,
    () => [
      {
        id: "s1",
        unit: "P34-01",
        unitName: "BHXH thành phố Hà Nội",
        campaign: "egov-3826-2015",
        period: "final",
        version: 1,
        sha256: "0".repeat(64),
        size: 1000,
        fileName: "Hà Nội.xlsx",
        inputs: {},
        claimed: { value: figures.claimed, label: null },
        sources: {},
        sentBy: "P34-01",
        computed: { value: figures.computed, label: "Giải nhất", vetoed: false, priority: false },
        mismatch: figures.mismatch,
        createdAt: new Date(0).toISOString(),
      },
    ],
    state,
  );
}
