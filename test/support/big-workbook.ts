import { zipSync, type Zippable } from "fflate";
import { CONTRACT_COLUMNS, INPUT_KEYS, TABLES } from "../../shared/contract.ts";

/**
 * A large workbook as a provincial office could send one: a participants list (one row a person: code, name,
 * address, salary, contributions, a formula column) filling most of the file, and the small contract sheet last,
 * with its strings at the end of the shared-string table, so a reader that needs them streams the whole table.
 * Hand-written XML and fflate's zipSync: runs in node and in workerd, and the same options give the same bytes.
 */
export interface BigWorkbookOptions {
  /** approximate size of the file; the data rows follow from it (25 MB ↔ 100,000 rows) */
  megabytes: number;
  /** deflate level (6 is what Excel's zip writer roughly gives; 1 builds faster, a little larger) */
  level?: 1 | 6;
}

export interface BigWorkbook {
  bytes: Uint8Array;
  rows: number;
  /** the contract values written, as the reader should find them */
  contract: {
    unit: string;
    campaign: string;
    period: string;
    inputs: Record<string, number | string>;
    claimed: { value: number; label: string };
  };
  /** where they are: the contract sheet's name and each table's ref */
  sheet: string;
  tables: Record<string, string>;
}

/** The contract every big workbook carries: BHXH Hà Nội, 3826, December 2015, a province's inputs scoring 88. */
export const BIG_WORKBOOK_CONTRACT: BigWorkbook["contract"] = {
  unit: "P63-01",
  campaign: "egov-3826-2015",
  period: "2015-12",
  // In the contract's order (INPUT_KEYS), so a key the rules add shows up here as a missing value.
  inputs: Object.fromEntries(
    INPUT_KEYS["egov-3826-2015"].map((k) => [
      k,
      ({ unitKind: "province", c1: 5, c2: 5, c3: 0.91, c4: 0.87, c5: 8 } as Record<string, number | string>)[k]!,
    ]),
  ),
  claimed: { value: 88, label: "Giải nhì" },
};

/** Rows per megabyte, measured on this builder's output at level 6 (deflated rows of this shape are ~250 bytes). */
const ROWS_PER_MB = 4_000;
export const DATA_SHEET = "Danh sách tham gia";
export const CONTRACT_SHEET = "Dữ liệu gửi";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Thu", "Hải", "Kim"];
const GIVEN = [
  "An",
  "Bình",
  "Chi",
  "Dũng",
  "Giang",
  "Hà",
  "Hạnh",
  "Hiếu",
  "Hoa",
  "Hùng",
  "Khánh",
  "Lan",
  "Linh",
  "Long",
  "Mai",
  "Nam",
  "Nga",
  "Phúc",
  "Quân",
  "Sơn",
  "Tâm",
  "Thảo",
  "Trang",
  "Tuấn",
  "Vân",
  "Yến",
];
const WARDS = [
  "Phúc Xá",
  "Trúc Bạch",
  "Vĩnh Phúc",
  "Cống Vị",
  "Liễu Giai",
  "Ngọc Hà",
  "Đội Cấn",
  "Kim Mã",
  "Giảng Võ",
  "Thành Công",
];
const DISTRICTS = [
  "Ba Đình",
  "Hoàn Kiếm",
  "Tây Hồ",
  "Long Biên",
  "Cầu Giấy",
  "Đống Đa",
  "Hai Bà Trưng",
  "Hoàng Mai",
  "Thanh Xuân",
];
const KINDS = ["Bắt buộc", "Tự nguyện", "Hộ gia đình"];

/** mulberry32: a small seeded generator, so the workbook is the same on every run and runtime. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text parts encoded piece by piece into one buffer: a 150 MB sheet never exists as one JS string. */
class Bytes {
  private readonly enc = new TextEncoder();
  private chunks: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  push(s: string) {
    this.pending.push(s);
    this.pendingLength += s.length;
    if (this.pendingLength > 1 << 20) this.flush();
  }
  private flush() {
    this.chunks.push(this.enc.encode(this.pending.join("")));
    this.pending = [];
    this.pendingLength = 0;
  }
  done(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    this.chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
    this.chunks = [];
    return out;
  }
}

/** Columns A–M, then CCCD and phone (N, O), then what was paid each month of 2024–2025 (P…AM). */
const MONTHS = 18;
const colName = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`);
const COLUMNS = [
  "STT",
  "Mã số BHXH",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Địa chỉ",
  "Loại hình",
  "Mức lương",
  "Tỷ lệ đóng",
  "Số tiền đóng",
  "Từ tháng",
  "Số tháng",
  "Ghi chú",
  "Số CCCD",
  "Điện thoại",
  ...Array.from({ length: MONTHS }, (_, m) => `Tháng ${(m % 12) + 1}/${2024 + Math.floor(m / 12)}`),
];
const LAST_COLUMN = colName(COLUMNS.length - 1);

export function bigWorkbook(options: BigWorkbookOptions): BigWorkbook {
  const rows = Math.max(100, Math.round(options.megabytes * ROWS_PER_MB));
  const next = random(3826);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const strings = new Bytes();
  let stringCount = 0;
  const addString = (s: string) => {
    strings.push(`<si><t>${esc(s)}</t></si>`);
    return stringCount++;
  };
  const fixed = new Map<string, number>();
  const shared = (s: string) => fixed.get(s) ?? (fixed.set(s, addString(s)), fixed.get(s)!);

  const sheet = new Bytes();
  sheet.push(`${DECL}<worksheet ${NS}><dimension ref="A1:${LAST_COLUMN}${rows + 1}"/><sheetData>`);
  sheet.push(
    `<row r="1">${COLUMNS.map((h, i) => `<c r="${colName(i)}1" t="s"><v>${shared(h)}</v></c>`).join("")}</row>`,
  );
  for (let i = 1; i <= rows; i++) {
    const r = i + 1;
    const salary = Math.round(4_960_000 + next() * 30_000_000);
    const rate = pick([0.32, 0.22, 0.105]);
    const code = String(100_000_0000 + Math.floor(next() * 8_999_999_999)).padStart(10, "0");
    const name = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const address = `Số ${1 + Math.floor(next() * 300)} ngõ ${1 + Math.floor(next() * 200)}, phường ${pick(WARDS)}, quận ${pick(DISTRICTS)}`;
    const note =
      next() < 0.2
        ? `<c r="M${r}" t="s"><v>${addString(`Điều chỉnh mức đóng từ ${1 + Math.floor(next() * 12)}/2025, hồ sơ ${Math.floor(next() * 1e6)}`)}</v></c>`
        : "";
    // J is a shared formula (H*I), as Excel writes a filled-down column: the master on the first data row.
    const formula = i === 1 ? `<f t="shared" ref="J2:J${rows + 1}" si="0">H2*I2</f>` : `<f t="shared" si="0"/>`;
    sheet.push(
      `<row r="${r}"><c r="A${r}"><v>${i}</v></c><c r="B${r}" t="s"><v>${addString(code)}</v></c><c r="C${r}" t="s"><v>${addString(name)}</v></c>` +
        `<c r="D${r}" s="1"><v>${18_000 + Math.floor(next() * 16_000)}</v></c><c r="E${r}" t="s"><v>${shared(next() < 0.5 ? "Nam" : "Nữ")}</v></c>` +
        `<c r="F${r}" t="s"><v>${addString(address)}</v></c><c r="G${r}" t="s"><v>${shared(pick(KINDS))}</v></c><c r="H${r}"><v>${salary}</v></c>` +
        `<c r="I${r}"><v>${rate}</v></c><c r="J${r}">${formula}<v>${Math.round(salary * rate * 100) / 100}</v></c>` +
        `<c r="K${r}" s="1"><v>${45_658 + Math.floor(next() * 365)}</v></c><c r="L${r}"><v>${1 + Math.floor(next() * 12)}</v></c>${note}` +
        `<c r="N${r}" t="s"><v>${addString(`0${Math.floor(1e10 + next() * 9e10)}`)}</v></c><c r="O${r}" t="s"><v>${addString(`09${Math.floor(1e7 + next() * 9e7)}`)}</v></c>` +
        Array.from(
          { length: MONTHS },
          (_, m) =>
            `<c r="${colName(15 + m)}${r}"><v>${next() < 0.1 ? 0 : Math.round(salary * rate * (0.9 + next() * 0.2))}</v></c>`,
        ).join("") +
        `</row>`,
    );
  }
  sheet.push(`</sheetData></worksheet>`);

  const contract = BIG_WORKBOOK_CONTRACT;
  const layout: Array<[string, Array<[string, number | string]>]> = [
    [
      TABLES.info,
      [
        ["unit", contract.unit],
        ["campaign", contract.campaign],
        ["period", contract.period],
      ],
    ],
    [TABLES.inputs, Object.entries(contract.inputs)],
    [
      TABLES.claimed,
      [
        ["value", contract.claimed.value],
        ["label", contract.claimed.label],
      ],
    ],
  ];
  const cell = (ref: string, v: number | string) =>
    typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="s"><v>${addString(v)}</v></c>`;
  const contractRows: string[] = [];
  const tables: Record<string, string> = {};
  const tableParts: Record<string, Uint8Array> = {};
  const enc = new TextEncoder();
  let top = 5;
  layout.forEach(([name, pairs], t) => {
    const ref = `A${top}:C${top + pairs.length}`;
    tables[name] = ref;
    contractRows.push(`<row r="${top - 1}">${cell(`A${top - 1}`, `Bảng ${name}`)}</row>`);
    contractRows.push(`<row r="${top}">${CONTRACT_COLUMNS.map((h, i) => cell(`${"ABC"[i]}${top}`, h)).join("")}</row>`);
    pairs.forEach(([key, value], i) => {
      const r = top + 1 + i;
      contractRows.push(
        `<row r="${r}">${cell(`A${r}`, key)}${cell(`B${r}`, `Số liệu ${key}`)}${cell(`C${r}`, value)}</row>`,
      );
    });
    tableParts[`xl/tables/table${t + 1}.xml`] = enc.encode(
      `${DECL}<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${t + 1}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
        `<autoFilter ref="${ref}"/><tableColumns count="3">${CONTRACT_COLUMNS.map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`).join("")}</tableColumns></table>`,
    );
    top += pairs.length + 3;
  });
  const contractSheet = `${DECL}<worksheet ${NS}><sheetData>${contractRows.join("")}</sheetData><tableParts count="3"><tablePart r:id="rId1"/><tablePart r:id="rId2"/><tablePart r:id="rId3"/></tableParts></worksheet>`;

  const sst = new Bytes();
  sst.push(
    `${DECL}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${stringCount}" uniqueCount="${stringCount}">`,
  );
  const stringBytes = strings.done();
  const rels = (items: Array<[string, string]>) =>
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`).join("")}</Relationships>`;
  const level = options.level ?? 6;
  const text = (s: string): [Uint8Array, { level: 1 | 6 }] => [enc.encode(s), { level }];
  const files: Zippable = {
    "[Content_Types].xml": text(
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        [1, 2, 3]
          .map(
            (t) =>
              `<Override PartName="/xl/tables/table${t}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
          )
          .join("") +
        `</Types>`,
    ),
    "_rels/.rels": text(rels([["officeDocument", "xl/workbook.xml"]])),
    "xl/workbook.xml": text(
      `${DECL}<workbook ${NS}><sheets><sheet name="${DATA_SHEET}" sheetId="1" r:id="rId1"/><sheet name="${CONTRACT_SHEET}" sheetId="2" r:id="rId2"/></sheets>` +
        `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${DATA_SHEET}'!$A$1:$${LAST_COLUMN}$${rows + 1}</definedName></definedNames></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": text(
      rels([
        ["worksheet", "worksheets/sheet1.xml"],
        ["worksheet", "worksheets/sheet2.xml"],
        ["sharedStrings", "sharedStrings.xml"],
        ["styles", "styles.xml"],
      ]),
    ),
    "xl/styles.xml": text(
      `${DECL}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
    "xl/worksheets/sheet1.xml": [sheet.done(), { level }],
    "xl/worksheets/sheet2.xml": text(contractSheet),
    "xl/worksheets/_rels/sheet2.xml.rels": text(
      rels([
        ["table", "../tables/table1.xml"],
        ["table", "../tables/table2.xml"],
        ["table", "../tables/table3.xml"],
      ]),
    ),
    ...Object.fromEntries(Object.entries(tableParts).map(([k, v]) => [k, [v, { level }]])),
  };
  // The shared strings: the header, then every data string, then the contract sheet's (added last above).
  sst.push("");
  const head = sst.done();
  const tail = enc.encode("</sst>");
  const all = new Uint8Array(head.length + stringBytes.length + tail.length);
  all.set(head);
  all.set(stringBytes, head.length);
  all.set(tail, head.length + stringBytes.length);
  files["xl/sharedStrings.xml"] = [all, { level }];
  const bytes = zipSync(files, { mtime: new Date("2025-01-21T00:00:00Z") });
  return { bytes, rows, contract, sheet: CONTRACT_SHEET, tables };
}
