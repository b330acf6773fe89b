import { ROLE_NAMES, type MeAnswer as Me } from "../../shared/index.ts";
import type { Message } from "../submit/submit.ts";

/** The pane's sentences about who the unit is: the roles' Vietnamese names (shared with the service), the code after. */
export const roleName = (role: Me["role"]): string => ROLE_NAMES[role].vi;

export const whoamiMessage = (me: Me): Message => ({
  vi: `Đơn vị: ${me.unitName} (${me.unit}), vai trò ${roleName(me.role)} (${me.role}).`,
  en: `Unit: ${me.unit}, role ${me.role}.`,
});
