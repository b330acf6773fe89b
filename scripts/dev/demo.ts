/**
 * Demonstration submissions for `npm start`: a few provinces' real template workbooks sent through the real
 * API, so the headquarters page has a leaderboard to show. Each is sent with a fixed Idempotency-Key, so a
 * second start answers the first submission again and stores nothing new.
 */
import {
  encodeMeta,
  IDEMPOTENCY_HEADER,
  SUBMISSION_META_HEADER,
  XLSX_CONTENT_TYPE,
  type SubmissionMeta,
} from "../../shared/index.ts";
import { TABLES } from "../../shared/contract.ts";
import { metaFromTables } from "../../addin/workbook/read.ts";
import { contractTables } from "../template/contract-cells.ts";
import { load } from "../template/read.ts";
import { typeOver } from "../template/type-over.ts";
import { typeNominees, type NomineeTexts } from "../template/type-nominees.ts";
import { finalOrLast } from "../../functions/template/index.ts";
import { SEEDS } from "../../shared/campaigns/seeds.ts";
import { sampleWorkbook } from "../template/sample-workbook.ts";
import { localRequest } from "./local-http.ts";

export interface DemoUnit {
  unit: string;
  /** The office's figures by input key, over the sample's (BHXH Hà Nội's): shares as employers over those managed. */
  values: Readonly<Record<string, number>>;
  /** The workbook's total overtyped by hand: headquarters must see it flagged. */
  tamperedClaim?: number;
  /** Who the office proposes for an award, in the template's nominee slots: the council decides each. */
  nominees?: NomineeTexts[];
}

/** What the demo sends for: the seeds' first campaign (the figures below are by its input keys), its final review. */
export const DEMO_CAMPAIGN = SEEDS[0]!;
export const DEMO_PERIOD = finalOrLast(DEMO_CAMPAIGN);

/** Of the employers an office manages, the share a criterion counts (trained, filing online…). */
const share = (part: number, managed: number) => part / managed;

export const DEMO_UNITS: readonly DemoUnit[] = [
  {
    unit: "P63-01",
    values: {},
    nominees: [
      {
        name: "Nguyễn Thị Minh",
        title: "Trưởng phòng",
        unitName: "Phòng Quản lý thu",
        summary: "Thu vượt 8 % kế hoạch",
      },
      {
        name: "Lê Văn Hùng",
        title: "Chuyên viên",
        unitName: "Phòng Công nghệ thông tin",
        summary: "Triển khai kê khai điện tử",
      },
    ],
  },
  {
    unit: "P63-79",
    values: { c5: 10, c3: share(113_000, 120_400), c4: share(110_900, 120_400) },
    nominees: [
      {
        name: "Phạm Quốc Bảo",
        title: "Phó Giám đốc",
        unitName: "BHXH thành phố Hồ Chí Minh",
        summary: "Chỉ đạo giao dịch điện tử",
      },
    ],
  },
  { unit: "P63-31", values: { c1: 4, c5: 6, c3: share(18_100, 21_300), c4: share(16_400, 21_300) } },
  { unit: "P63-48", values: { c2: 4, c5: 7, c3: share(12_900, 15_800), c4: share(11_300, 15_800) }, tamperedClaim: 95 },
  { unit: "P63-92", values: { c1: 3, c2: 3, c5: 4, c3: share(6_500, 9_700), c4: share(6_000, 9_700) } },
];

/**
 * A province's workbook as the service makes it, with its figures, and the metadata the add-in would send for it:
 * read from the workbook's own contract tables (cached values) by the add-in's own `metaFromTables`.
 */
export async function demoWorkbook(
  d: DemoUnit,
): Promise<{ bytes: Uint8Array; meta: SubmissionMeta; fileName: string }> {
  let bytes = sampleWorkbook(d.unit, { campaign: DEMO_CAMPAIGN, period: DEMO_PERIOD.id, values: d.values });
  if (d.tamperedClaim !== undefined) bytes = await typeOver(bytes, TABLES.claimed, "value", d.tamperedClaim);
  if (d.nominees) bytes = await typeNominees(bytes, d.nominees);
  const fileName = `Chấm điểm GDĐT ${d.unit}.xlsx`;
  const { meta } = metaFromTables(contractTables(await load(bytes)), fileName);
  return { bytes, meta, fileName };
}

/** GET a JSON answer from the local service. */
export async function getJson(
  baseUrl: string,
  token: string,
  path: string,
): Promise<{ status: number; body: unknown }> {
  const { status, text } = await localRequest(new URL(path, baseUrl).href, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return { status, body: JSON.parse(text || "null") };
}

/** POST one workbook as the add-in does: the bytes as the body, the metadata and the retry key in headers. */
export async function postWorkbook(
  baseUrl: string,
  token: string,
  bytes: Uint8Array,
  meta: SubmissionMeta,
  key: string,
): Promise<{ status: number; body: string }> {
  const { status, text } = await localRequest(new URL("/api/v1/submissions", baseUrl).href, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`,
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Length": bytes.length,
      [SUBMISSION_META_HEADER]: encodeMeta(meta),
      [IDEMPOTENCY_HEADER]: key,
    },
    body: bytes,
  });
  return { status, body: text };
}
