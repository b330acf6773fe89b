import { runtime } from "../runtime.ts";

/**
 * Ribbon commands (manifest: ExecuteFunction, FunctionName). In the shared runtime the task pane's page is
 * the function file, so the command shows the pane for its progress bar and result (no dialog), and ALWAYS
 * calls event.completed().
 */
export async function submitWorkbookCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin?.showAsTaskpane?.().catch(() => undefined);
    await runtime().submit();
  } catch {
    /* submit() reports its own errors through the runtime's status */
  } finally {
    event.completed();
  }
}

export const COMMANDS = { submitWorkbook: submitWorkbookCommand } as const;

export function registerCommands(): void {
  for (const [id, fn] of Object.entries(COMMANDS)) Office.actions.associate(id, fn);
}
