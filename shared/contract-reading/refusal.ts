import { RuleError } from "../errors.ts";
import type { Source } from "./model.ts";

/**
 * A workbook whose contract tables cannot be read: which table, row or cell, what is wrong and how to mend it,
 * Vietnamese first. The service answers it 422; the add-in shows it before a byte is sent.
 */
export class ContractRefusal extends RuleError {
  override name = "ContractRefusal";
  constructor(
    readonly code: string,
    field: string | null,
    vi: string,
    en: string,
    /** The cell (or table range) the refusal is about. */
    readonly where?: Source,
    /** The table (as the workbook spells it), row key or header concerned, so an adapter can word it for its users. */
    readonly about: RefusalAbout = {},
  ) {
    super(field ?? "", vi, en);
  }
  get field(): string | null {
    return this.argument || null;
  }
}

export interface RefusalAbout {
  table?: string;
  key?: string;
  column?: string;
}

/** How to give a workbook the tables, said the same way by every reader. */
export const HOW_TO_ADD = {
  vi:
    'Mở tệp bằng Excel có add-in BHXH và bấm "Gắn vào bảng tính này", hoặc dùng biểu mẫu của BHXH Việt Nam; ' +
    "tự thêm: chọn vùng 3 cột Mã / Nội dung / Giá trị, Insert › Table, " +
    "rồi đặt tên bảng ở Table Design › Table Name.",
  en:
    'Open the file in Excel with the BHXH add-in and press "Gắn vào bảng tính này" (attach), or use the BHXH template; ' +
    "by hand: select three columns Mã / Nội dung / Giá trị, Insert › Table, and name the table in Table Design › Table Name.",
};
