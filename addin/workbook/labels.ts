import { CLAIMED_KEYS, INFO_KEYS, INPUT_KEYS } from "../../shared/contract.ts";
import type { Message } from "../errors.ts";

/**
 * What the Nội dung column says for each Mã when the add-in writes the tables itself (attach), and what a message
 * calls a row. The keys are the contract's, never translated; these are only the words a person reads.
 */
const LABELS: Record<string, Message> = {
  unit: { vi: "Mã đơn vị", en: "Unit code" },
  campaign: { vi: "Đợt thi đua", en: "Campaign" },
  period: { vi: "Kỳ", en: "Period" },
  unitKind: { vi: "Loại đơn vị (province: BHXH tỉnh; department: đơn vị trực thuộc)", en: "Unit kind (province or department)" },
  c1: { vi: "Tiêu chí 1: hạ tầng, nhân lực CNTT (điểm)", en: "Criterion 1: IT infrastructure and staff (points)" },
  c2: { vi: "Tiêu chí 2: Tổ hỗ trợ kê khai iBHXH (điểm)", en: "Criterion 2: iBHXH support team (points)" },
  c3: { vi: "Tiêu chí 3: tỷ lệ đơn vị được tập huấn, hướng dẫn iBHXH", en: "Criterion 3: share of employers trained on iBHXH" },
  c4: { vi: "Tiêu chí 4: tỷ lệ đơn vị thực hiện TTHC qua giao dịch điện tử", en: "Criterion 4: share of employers filing online" },
  c5: { vi: "Tiêu chí 5: sáng kiến CNTT, giao dịch điện tử (điểm)", en: "Criterion 5: IT innovations (points)" },
  installed: { vi: "Số người đã cài đặt, sử dụng VssID", en: "People who installed and use VssID" },
  assignedTarget: { vi: "Chỉ tiêu được giao", en: "Assigned target" },
  qualityOk: { vi: "Bảo đảm chất lượng (TRUE/FALSE)", en: "Quality assured (TRUE/FALSE)" },
  pilot: { vi: "Tỉnh thí điểm thẻ BHYT trên VssID (TRUE/FALSE)", en: "Pilot province for the BHYT card on VssID (TRUE/FALSE)" },
  bbActual: { vi: "BHXH bắt buộc: số thực hiện", en: "Compulsory BHXH: actual" },
  bbTarget: { vi: "BHXH bắt buộc: chỉ tiêu", en: "Compulsory BHXH: target" },
  tnActual: { vi: "BHXH tự nguyện: số thực hiện", en: "Voluntary BHXH: actual" },
  tnTarget: { vi: "BHXH tự nguyện: chỉ tiêu", en: "Voluntary BHXH: target" },
  bhytActual: { vi: "BHYT: số thực hiện", en: "Health insurance: actual" },
  bhytTarget: { vi: "BHYT: chỉ tiêu", en: "Health insurance: target" },
  bhtnActual: { vi: "BHTN: số thực hiện", en: "Unemployment insurance: actual" },
  bhtnTarget: { vi: "BHTN: chỉ tiêu", en: "Unemployment insurance: target" },
  value: { vi: "Điểm tự chấm: tổng điểm hoặc tiến độ", en: "Self-assessed result: score or progress" },
  label: { vi: "Điểm tự chấm: giải hoặc kết luận", en: "Self-assessed result: tier or verdict" },
};

/** Every key the contract has, so a key the rules add fails the tests here rather than showing a bare code. */
export const LABELLED_KEYS: readonly string[] = [...INFO_KEYS, ...new Set(Object.values(INPUT_KEYS).flat()), ...CLAIMED_KEYS];

export const rowLabel = (key: string): Message => LABELS[key] ?? { vi: key, en: key };

/** How to fix a workbook that lacks the contract: the same words in every refusal. */
export const ATTACH_HINT: Message = {
  vi: 'Bấm "Gắn vào bảng tính này" trong Bảng điều khiển (tab BHXH) để thêm các bảng và chọn ô cho từng số liệu.',
  en: 'Press "Attach to this workbook" in the task pane (BHXH tab) to add the tables and point each figure at its cell.',
};
