import { HQ_CODE, unitByCode, type Unit } from "../../shared/index.ts";
import type { Caller } from "../env.ts";
import { ApiError, toApiError } from "../middleware/errors.ts";
import { sheetCellName } from "./cell-words.ts";
import type { FileReading } from "./contract.ts";

/**
 * Whose submission this is: the caller's own unit, or, for headquarters only, the unit named by `?unit=` (a
 * workbook a province sent by other means, uploaded on its behalf and recorded as such).
 */
export function ownerOf(caller: Caller, unitParam: string | undefined): Unit {
  if (caller.role === "hq") {
    if (!unitParam) {
      throw new ApiError({
        code: "invalid",
        field: "unit",
        vi: "Vụ Thi đua - Khen thưởng gửi thay đơn vị nào? Chọn đơn vị (?unit=P63-01).",
        en: "Headquarters uploads on behalf of a unit: name it (?unit=P63-01).",
      });
    }
    let unit: Unit;
    try {
      unit = unitByCode(unitParam);
    } catch (e) {
      throw toApiError(e) ?? e;
    }
    if (unit.code === HQ_CODE)
      throw new ApiError({
        code: "invalid",
        field: "unit",
        vi: "Không gửi thay cho chính Vụ Thi đua - Khen thưởng.",
        en: "Headquarters cannot submit for itself.",
      });
    return unit;
  }
  const own = unitByCode(caller.unit);
  if (unitParam !== undefined && unitParam.trim().toUpperCase() !== own.code) {
    throw new ApiError({
      status: 403,
      code: "forbidden",
      field: "unit",
      vi: "Chỉ gửi được bài của đơn vị mình.",
      en: "You can only submit for your own unit.",
    });
  }
  return own;
}

/** The workbook's own unit must be the owner's: a province never sends another's workbook as its own. */
export function checkUnit(reading: FileReading, owner: Unit): void {
  const where = reading.sources.unit;
  let fileUnit: Unit;
  try {
    fileUnit = unitByCode(reading.unit);
  } catch (e) {
    throw toApiError(e, "", () => where) ?? e;
  }
  if (fileUnit.code === owner.code) return;
  const at = where ? ` (ô ${sheetCellName(where)})` : "";
  const atEn = where ? ` (cell ${sheetCellName(where)})` : "";
  throw new ApiError({
    status: 403,
    code: "unit_mismatch",
    field: "unit",
    where,
    vi:
      `Tệp là của ${fileUnit.name} (${fileUnit.code})${at}, không phải của ${owner.name} (${owner.code}) đang gửi. ` +
      "Mở đúng tệp của đơn vị mình, hoặc sửa mã đơn vị trong bảng BHXH_THONG_TIN.",
    en:
      `The workbook belongs to ${fileUnit.name} (${fileUnit.code})${atEn}, not to ${owner.name} (${owner.code}), who is sending ` +
      "it. Open your own unit's workbook, or correct the unit code in BHXH_THONG_TIN.",
  });
}
