/*
 * The closed lists, as custom enums: Excel's AutoComplete offers their words (older Excel takes them as plain
 * values). The parameters still read every spelling they read before (shared/, rules.md §8): the list suggests.
 * Written once here; the build reads them after each file of functions, since custom-functions-metadata finds a
 * parameter's enum only in the file it parses (addin/build/metadata.ts).
 */
/** @customenum {string} */
export enum PRIZE_SET {
  /** Giải tổng kết đợt / The final review's prizes */ tongKet = "tổng kết",
  /** Thưởng hằng tháng / The monthly prizes */ hangThang = "hằng tháng",
}
/** @customenum {string} */
export enum UNIT_KIND {
  /** BHXH tỉnh, thành phố / A provincial office */ tinh = "tỉnh",
  /** Đơn vị trực thuộc BHXH Việt Nam / A department of headquarters */ trucThuoc = "đơn vị trực thuộc",
}
/** @customenum {string} */
export enum STAGE {
  /** Sơ kết giữa đợt / Mid-term review */ soKet = "sơ kết",
  /** Tổng kết đợt / Final review */ tongKet = "tổng kết",
}
/** @customenum {string} */
export enum YES_NO {
  /** Có (ĐÚNG) / Yes (TRUE) */ co = "Có",
  /** Không (SAI) / No (FALSE) */ khong = "Không",
}
