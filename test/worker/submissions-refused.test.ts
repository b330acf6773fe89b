import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { encodeMeta, SUBMISSION_META_HEADER } from "../../shared/index.ts";
import { call, count, egovMeta, expectError, issueToken, submit, workbook } from "./helpers.ts";

/** Every refusal must leave D1 and R2 as they were. */
async function snapshot() {
  const objects = await env.WORKBOOKS.list();
  return {
    submissions: await count("submissions"),
    audit: await count("audit_log"),
    keys: await count("idempotency_keys"),
    objects: objects.objects.length,
  };
}

describe("POST /submissions refuses bad input with a 4xx and a reason, and writes nothing", () => {
  it("the file's own values: unknown campaign, period, bad or missing scoring inputs; a malformed header", async () => {
    const token = await issueToken("P63-01", "province");
    const before = await snapshot();
    await expectError(await submit(token, { meta: egovMeta({ campaign: "egov-2099" }) }), 400, "invalid", "campaign");
    await expectError(await submit(token, { meta: egovMeta({ period: "2016-01" }) }), 400, "invalid", "period");
    await expectError(
      await submit(token, {
        meta: egovMeta({ inputs: { unitKind: "province", c1: 5, c2: 5, c3: 1.5, c4: 0.9, c5: 5 } }),
      }),
      400,
      "invalid",
      "inputs.c3",
    );
    // A row missing from the file is named as such (it was a missing key of the header before the file was read).
    await expectError(
      await submit(token, { meta: egovMeta({ inputs: { unitKind: "province", c2: 5, c3: 0.9, c4: 0.9, c5: 5 } }) }),
      422,
      "missing_row",
      "inputs.c1",
    );
    await expectError(
      await submit(token, {
        meta: egovMeta({ inputs: { unitKind: "province", c1: 9, c2: 5, c3: 0.9, c4: 0.9, c5: 5 } }),
      }),
      400,
      "invalid",
      "inputs.c1",
    );
    await expectError(await submit(token, { meta: { ...egovMeta(), fileName: "" } }), 400, "invalid", "fileName");
    await expectError(
      await submit(token, { headers: { [SUBMISSION_META_HEADER]: "not base64 !!" } }),
      400,
      "malformed_json",
      SUBMISSION_META_HEADER,
    );
    await expectError(
      await submit(token, { headers: { [SUBMISSION_META_HEADER]: btoa("{ campaign: ") } }),
      400,
      "malformed_json",
      SUBMISSION_META_HEADER,
    );
    await expectError(
      await submit(token, { headers: { "Idempotency-Key": "x".repeat(201) } }),
      400,
      "invalid",
      "Idempotency-Key",
    );
    // The same refusals come with the cell they were read from when the file alone is sent.
    const e = await expectError(
      await submit(token, {
        withMeta: false,
        meta: egovMeta({ inputs: { unitKind: "province", c1: 5, c2: 5, c3: 1.5, c4: 0.9, c5: 5 } }),
      }),
      400,
      "invalid",
      "inputs.c3",
    );
    expect(e.where).toMatchObject({ sheet: "Dữ liệu gửi" });
    expect(await snapshot()).toEqual(before);
  });

  it("body: not an xlsx (no zip signature), empty, oversized, no Content-Length", async () => {
    const token = await issueToken("P63-02", "province");
    const before = await snapshot();
    const csv = new TextEncoder().encode("ma_don_vi,diem\nP63-02,95\n");
    await expectError(await submit(token, { bytes: csv }), 415, "not_xlsx", "body");
    // The headers are judged before the body is read: a malformed header is named even when the body is bad too.
    await expectError(
      await submit(token, { bytes: csv, headers: { [SUBMISSION_META_HEADER]: "not base64 !!" } }),
      400,
      "malformed_json",
      SUBMISSION_META_HEADER,
    );
    await expectError(await submit(token, { bytes: new Uint8Array(0) }), 400, "empty_body", "body");
    // Declared over the limit: refused on the header alone (no body sent, so none is left half-read).
    const tooBig = await call("/api/v1/submissions", token, {
      method: "POST",
      headers: { "Content-Length": String(25 * 1024 * 1024 + 1), [SUBMISSION_META_HEADER]: encodeMeta(egovMeta()) },
    });
    await expectError(tooBig, 413, "too_large", "body");
    // A stream body is sent chunked: no Content-Length.
    const chunked = new ReadableStream({ start: (c) => (c.enqueue(workbook("chunked")), c.close()) });
    const res = await call("/api/v1/submissions", token, {
      method: "POST",
      headers: { [SUBMISSION_META_HEADER]: encodeMeta(egovMeta()) },
      body: chunked,
      // @ts-expect-error workerd needs it for a stream body; not in the DOM types.
      duplex: "half",
    });
    await expectError(res, 411, "length_required", "Content-Length");
    expect(await snapshot()).toEqual(before);
  });

  it("the unit must take part in the campaign: its registry and its kind", async () => {
    const before = await snapshot();
    // The 2015 campaign ran over the 63 provinces: a P34 unit is not one of them.
    await expectError(await submit(await issueToken("P34-01", "province")), 403, "unit_not_in_campaign", "campaign");
    // VssID (1170) was for provinces only.
    const vssid = {
      campaign: "vssid-1170-2021",
      period: "so_ket",
      fileName: "vssid.xlsx",
      inputs: { installed: 50, assignedTarget: 100 },
    };
    await expectError(
      await submit(await issueToken("DV-VP", "department"), { meta: vssid }),
      403,
      "unit_not_in_campaign",
      "campaign",
    );
    // Headquarters sends only on a unit's behalf, naming it (submissions-file.test.ts); for itself it takes no part.
    await expectError(await submit(await issueToken("HQ", "hq"), { query: "?unit=HQ" }), 400, "invalid", "unit");
    expect(await snapshot()).toEqual(before);
  });

  it("no token, an unknown token: 401 before anything is read", async () => {
    const before = await snapshot();
    await expectError(await submit(""), 401, "token_missing");
    await expectError(await submit("not-a-real-token-but-long-enough"), 401, "token_unknown");
    expect(await snapshot()).toEqual(before);
  });
});
