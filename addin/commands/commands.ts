import { runtime } from "../runtime.ts";

/**
 * Ribbon commands (manifest: ExecuteFunction, FunctionName). In the shared runtime the task pane's page is
 * the function file, so the command shows the pane for its progress bar and result (no dialog), and ALWAYS
 * calls event.completed(): as soon as the send has started or the submission is held, not when the upload
 * ends. Office shows the button busy until then, and an upload with retries can take minutes; the runtime
 * lives on and the pane shows the progress and the answer.
 */
export async function submitWorkbookCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin?.showAsTaskpane?.().catch(() => undefined);
    const rt = runtime();
    const handedOff = rt.handedOff();
    await Promise.race([handedOff, rt.submit()]);
  } catch {
    /* submit() reports its own errors through the runtime's status */
  } finally {
    event.completed();
  }
}

const COMMANDS = { submitWorkbook: submitWorkbookCommand } as const;

export function registerCommands(): void {
  for (const [id, fn] of Object.entries(COMMANDS)) Office.actions.associate(id, fn);
}
