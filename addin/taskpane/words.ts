import type { MeAnswer as Me } from "../../shared/index.ts";
import type { Message } from "../submit/submit.ts";

/** The pane's sentences about who the unit is: Vietnamese words, the service's English code after. */

const ROLE_NAMES: Record<Me["role"], string> = {
  province: "tỉnh/thành phố",
  department: "đơn vị trực thuộc",
  hq: "Vụ Thi đua - Khen thưởng (BHXH Việt Nam)",
};

export const roleName = (role: Me["role"]): string => ROLE_NAMES[role];

export const whoamiMessage = (me: Me): Message => ({
  vi: `Đơn vị: ${me.unitName} (${me.unit}), vai trò ${roleName(me.role)} (${me.role}).`,
  en: `Unit: ${me.unit}, role ${me.role}.`,
});
