/**
 * Headquarters departments (đơn vị trực thuộc BHXH Việt Nam) scored by the 3826 department table. The list
 * changes with each reorganisation: it is seed data the service stores and headquarters corrects.
 */
export const DEPARTMENTS: ReadonlyArray<readonly [code: string, name: string]> = [
  ["DV-VP", "Văn phòng BHXH Việt Nam"],
  ["DV-PC", "Ban Pháp chế"],
  ["DV-THU", "Ban Quản lý Thu - Sổ, Thẻ"],
  ["DV-CSBHXH", "Ban Thực hiện chính sách BHXH"],
  ["DV-CSBHYT", "Ban Thực hiện chính sách BHYT"],
  ["DV-TCKT", "Ban Tài chính - Kế toán"],
  ["DV-TTKT", "Ban Thanh tra - Kiểm tra"],
  ["DV-TCCB", "Ban Tổ chức cán bộ"],
  ["DV-CNTT", "Trung tâm Công nghệ thông tin"],
  ["DV-TT", "Trung tâm Truyền thông"],
  ["DV-TDKT", "Ban Thi đua - Khen thưởng"],
];
