/*
 * The one bundle of the shared runtime page: registers the custom functions and the ribbon commands, starts the
 * runtime (targets, retry queue), and drives the task pane. Every text a user reads is Vietnamese, its English a
 * gloss the reader can turn on (say.ts); numbers in Vietnamese notation (0,85); Office's theme followed.
 */
import { registerCommands } from "../commands/commands.ts";
import { registerFunctions } from "../functions/functions.ts";
import { runtime, startRuntime } from "../runtime.ts";
import { mountGlossSwitch } from "../../pages/gloss.ts";
import { readSettings } from "../storage/device.ts";
import { initAttachPane } from "./attach-pane.ts";
import { initChoice } from "./choice.ts";
import { initConnection } from "./connection.ts";
import { $ } from "./element.ts";
import { foldSettings, showUnit } from "./first-screen.ts";
import { reloadHistory } from "./history.ts";
import { showRuntimeQueue } from "./queue-list.ts";
import { initRepairButton } from "./repair-button.ts";
import { followStatus } from "./status.ts";
import { initTargetsPane, readFigures } from "./targets-pane.ts";
import { initTemplateLink } from "./template-link.ts";
import { followOfficeTheme } from "./theme.ts";
import "./taskpane.css";

if (typeof CustomFunctions !== "undefined") registerFunctions();
if (typeof Office !== "undefined" && Office.actions) registerCommands();

async function initPane(): Promise<void> {
  mountGlossSwitch();
  followOfficeTheme();
  const rt = runtime();
  const s = await readSettings(rt.storage);
  initConnection(s);
  foldSettings(s);
  void showUnit(rt.storage);
  await initChoice(rt.storage, s);
  followStatus();

  $("submit").addEventListener("click", () => void rt.submit());
  $("retry").addEventListener("click", async () => {
    const done = await rt.flush(true);
    if (done.length === 0) await showRuntimeQueue();
  });
  $("reload").addEventListener("click", () => void reloadHistory());
  initAttachPane(rt.storage);
  initTemplateLink(rt.storage);
  initRepairButton();
  initTargetsPane();

  await showRuntimeQueue();
  void readFigures();
  void reloadHistory();
}

Office.onReady(async (info) => {
  await startRuntime();
  if (info.host === Office.HostType.Excel && document.getElementById("settings")) await initPane();
});
