import type { ServiceApi } from "../client/service.ts";
import type { CampaignRecord } from "../shared/schemas/api.ts";
import { ApiError } from "../client/errors.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { say } from "../pages/say.ts";
import {
  blankItem,
  checkDraft,
  copyDraft,
  emptyDraft,
  getAt,
  pathOf,
  removeAt,
  setAt,
  valueOf,
  type Draft,
  type DraftIssue,
  type FieldKind,
} from "./campaign-draft.ts";
import { fieldId, markFaults } from "./campaign-fields.ts";
import { CAMPAIGNS_TAB_HTML, campaignFormHtml } from "./campaign-form.ts";
import { campaignListHtml, STATUS_WORDS } from "./campaign-list.ts";
import { previewHtml, previewResultHtml, type PreviewState } from "./campaign-preview.ts";
import { importCriteria } from "./campaign-import.ts";

/**
 * The "Đợt thi đua" tab: the campaigns the service keeps, and the editor an officer writes a new công văn in,
 * starting from an existing campaign or from nothing. Saving is PUT /campaigns/:id (If-None-Match: * to create,
 * If-Match to change); each fault, the page's own check's or the service's, is marked on its field.
 */
type Api = Pick<ServiceApi, "listCampaigns" | "getCampaign" | "putCampaign">;

interface Editing {
  draft: Draft;
  creating: boolean;
  etag: string | null;
  status: CampaignRecord["status"] | null;
  version: number | null;
  shown: DraftIssue[];
}

export function mountCampaignsTab(root: HTMLElement, o: { api: Api; onSaved: () => void }) {
  root.innerHTML = CAMPAIGNS_TAB_HTML;
  const $ = (id: string) => root.querySelector<HTMLElement>(`#${id}`)!;
  const form = $("campaign-form") as HTMLFormElement;
  let records: CampaignRecord[] = [];
  let editing: Editing | null = null;
  let reason = "";
  const preview: PreviewState = { kind: "", period: "", values: {} };
  let busy = false;

  async function showList(): Promise<void> {
    form.hidden = true;
    $("cf-list").hidden = false;
    try {
      records = (await o.api.listCampaigns())?.campaigns ?? [];
      $("cf-list").innerHTML = campaignListHtml(records);
      $("cf-list-msg").hidden = true;
    } catch (e) {
      if (e instanceof ApiError) say($("cf-list-msg"), "error", e.messageVi, e.messageEn);
      else throw e;
    }
  }

  /** Draws the form again; the field that had the focus gets it back with its caret, so typing goes on where it was. */
  function render(focusId?: string): void {
    if (!editing) return;
    const was = document.activeElement as HTMLInputElement | null;
    const caret =
      was?.id === focusId && typeof was?.selectionStart === "number"
        ? [was.selectionStart, was.selectionEnd ?? was.selectionStart]
        : null;
    $("cf-body").innerHTML = campaignFormHtml(editing.draft, editing.creating);
    if (editing.shown.length) markFaults(form, editing.shown, false);
    renderPreview();
    const now = focusId ? (document.getElementById(focusId) as HTMLInputElement | null) : null;
    now?.focus();
    if (now && caret) now.setSelectionRange(caret[0]!, caret[1]!);
  }

  function renderPreview(): void {
    if (!editing) return;
    const checked = checkDraft(editing.draft);
    $("cf-preview").innerHTML = previewHtml(
      checked.ok ? checked.campaign : null,
      preview,
      checked.ok ? 0 : checked.issues.length,
    );
  }

  function open(e: Editing): void {
    editing = e;
    reason = "";
    (document.getElementById("cf-reason") as HTMLInputElement).value = "";
    $("cf-reason-box").hidden = e.creating || e.status === "draft";
    $("cf-save-draft").hidden = !(e.creating || e.status === "draft");
    const id = String(e.draft.id ?? "");
    $("cf-title").textContent = e.creating
      ? "Tạo đợt thi đua mới"
      : `Sửa đợt ${id} (phiên bản ${e.version ?? "?"}, ${STATUS_WORDS[e.status ?? "draft"].vi.toLowerCase()})`;
    $("cf-msg").hidden = true;
    $("cf-list").hidden = true;
    form.hidden = false;
    render();
    $("cf-title").focus();
  }

  async function start(fromId: string): Promise<void> {
    const from = records.find((r) => r.id === fromId);
    open({
      draft: from ? copyDraft(from.definition, false) : emptyDraft(),
      creating: true,
      etag: null,
      status: null,
      version: null,
      shown: [],
    });
  }

  async function edit(id: string): Promise<void> {
    try {
      const read = await o.api.getCampaign(id);
      open({
        draft: copyDraft(read.definition, true),
        creating: false,
        etag: read.etag,
        status: read.status,
        version: read.version,
        shown: [],
      });
    } catch (e) {
      if (e instanceof ApiError) say($("cf-list-msg"), "error", e.messageVi, e.messageEn);
      else throw e;
    }
  }

  /** A change that reshapes the form (a list, a kind of scoring): drawn again, the focus where it was. */
  function reshape(path: string, action: string, el: HTMLInputElement | HTMLSelectElement): void {
    const d = editing!.draft;
    const p = pathOf(path);
    const checked = (el as HTMLInputElement).checked;
    if (action === "kinds") {
      const kinds = ((d.unitKinds as string[] | undefined) ?? []).filter((k) => k !== el.value);
      if (checked) kinds.push(el.value);
      d.unitKinds = kinds;
      if (checked && !getAt(d, ["criteria", el.value]))
        setAt(d, ["criteria", el.value], [blankItem(["criteria", el.value], d)]);
    } else if (action === "scoring") {
      setAt(d, p.slice(0, -1), el.value === "banded" ? { kind: "banded", bands: [{}] } : { kind: "assessed" });
    } else if (action === "ratio") {
      setAt(d, p, checked ? { numerator: "", denominator: "" } : undefined);
      if (checked) setAt(d, [...p.slice(0, -2), "input"], undefined);
    } else if (action === "individuals") {
      setAt(d, p, checked ? { slots: 1, amountVnd: 0, certificate: true } : undefined);
    } else setAt(d, p, el.value);
    render(el.id);
  }

  form.addEventListener("input", (ev) => {
    const el = ev.target as HTMLInputElement;
    if (el.dataset.sample !== undefined) {
      preview.values[el.dataset.sample] = el.type === "checkbox" ? el.checked : el.value;
      const checked = editing && checkDraft(editing.draft);
      if (checked && checked.ok) $("pv-result").innerHTML = previewResultHtml(checked.campaign, preview);
      return;
    }
    if (el.id === "cf-reason") return void (reason = el.value);
    if (!editing || !el.dataset.path || el.dataset.action || el.type === "file") return;
    setAt(editing.draft, pathOf(el.dataset.path), valueOf(el.dataset.kind as FieldKind, el.value, el.checked));
    renderPreview();
  });

  form.addEventListener("change", (ev) => {
    const el = ev.target as HTMLInputElement;
    if (el.dataset.sampleKind !== undefined || el.dataset.samplePeriod !== undefined) {
      if (el.dataset.sampleKind !== undefined) preview.kind = el.value as PreviewState["kind"];
      else preview.period = el.value;
      renderPreview();
      return document.getElementById(el.id)?.focus();
    }
    if (el.dataset.sample !== undefined) return;
    if (el.dataset.import) return void importFile(el);
    if (!editing || !el.dataset.path) return;
    if (el.dataset.action) return reshape(el.dataset.path, el.dataset.action, el);
    // A key renamed: the criteria's "Đọc dòng" lists offer it, so they are drawn again once the focus has moved on.
    if (/^inputs\.\d+\.key$/.test(el.dataset.path) || /^prizeSets\.\d+\.id$/.test(el.dataset.path)) {
      setTimeout(() => render(document.activeElement?.id || undefined), 0);
    }
  });

  async function importFile(el: HTMLInputElement): Promise<void> {
    const kind = el.dataset.import!;
    const file = el.files?.[0];
    if (!editing || !file) return;
    const outcome = await importCriteria(editing.draft, kind, file);
    if (outcome.ok) render(el.id);
    const msg = document.getElementById(`${el.id}-msg`)!;
    msg.className = `cf-import-msg ${outcome.ok ? "ok" : "error"}`;
    msg.innerHTML = `${escapeMarkup(outcome.vi)} <small lang="en">${escapeMarkup(outcome.en)}</small>`;
  }

  form.addEventListener("click", (ev) => {
    const b = (ev.target as HTMLElement).closest<HTMLButtonElement>("button");
    if (!b || !editing) return;
    const path = b.dataset.path;
    if (b.dataset.action === "add" && path) {
      const list = (getAt(editing.draft, pathOf(path)) as unknown[] | undefined) ?? [];
      setAt(editing.draft, pathOf(path), [...list, blankItem(pathOf(path), editing.draft)]);
      render();
      const added = form.querySelector<HTMLElement>(`[id^="${fieldId(`${path}.${list.length}`)}-"]:is(input, select)`);
      (added ?? b).focus();
    } else if (b.dataset.action === "remove" && path) {
      removeAt(editing.draft, pathOf(path));
      render();
      form
        .querySelector<HTMLElement>(`button[data-action=add][data-path="${CSS.escape(path.replace(/\.\d+$/, ""))}"]`)
        ?.focus();
    } else if (b.dataset.save) void save(b.dataset.save);
  });

  async function save(what: string): Promise<void> {
    if (!editing || busy) return;
    const msg = $("cf-msg");
    if (what === "close") {
      editing = null;
      await showList();
      return root.querySelector<HTMLElement>("#cf-new")?.focus();
    }
    const checked = checkDraft(editing.draft);
    editing.shown = checked.ok ? [] : checked.issues;
    const loose = markFaults(
      form,
      editing.shown.map((i) => ({ path: i.path, vi: i.vi })),
    );
    if (!checked.ok) {
      const first = checked.issues[0]!;
      say(
        msg,
        "error",
        `Còn ${checked.issues.length} chỗ cần sửa (đã đánh dấu trên từng ô). ` +
          `${loose.map((l) => `${l.path}: ${l.vi}`).join("; ")}`,
        `${checked.issues.length} field(s) to fix, marked on each; the first: ${first.path}: ${first.en}`,
      );
      if (!form.querySelector("[aria-invalid]")) msg.focus();
      return;
    }
    if (what === "check")
      return say(msg, "ok", "Định nghĩa hợp lệ: có thể lưu hoặc công bố.", "The definition holds together.");
    const id = checked.campaign.id;
    const definition = { ...checked.campaign, status: what === "draft" ? ("draft" as const) : ("published" as const) };
    busy = true;
    try {
      const { answer: record } = await o.api.putCampaign(definition, {
        etag: editing.creating ? null : editing.etag,
        reason: reason.trim() || undefined,
      });
      editing = {
        ...editing,
        creating: false,
        etag: `"v${record.version}"`,
        status: record.status,
        version: record.version,
        shown: [],
      };
      open(editing);
      say(
        $("cf-msg"),
        "ok",
        record.status === "draft"
          ? `Đã lưu nháp đợt ${id}.`
          : `Đã công bố đợt ${id} (phiên bản ${record.version}): các tỉnh tải biểu ` +
              `mẫu và gửi hồ sơ theo định nghĩa này.`,
        record.status === "draft" ? "Saved as a draft." : `Published, version ${record.version}.`,
      );
      $("cf-msg").focus();
      o.onSaved();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      say(msg, "error", e.messageVi, e.messageEn);
      const marked = e.field ? markFaults(form, [{ path: e.field, vi: e.messageVi }]) : [{ path: "", vi: "" }];
      if (marked.length) msg.focus();
    } finally {
      busy = false;
    }
  }

  root.addEventListener("click", (ev) => {
    const t = ev.target as HTMLElement;
    const editBtn = t.closest<HTMLButtonElement>("button[data-edit]");
    if (editBtn) void edit(editBtn.dataset.edit!);
    if (t.closest("#cf-new")) void start(root.querySelector<HTMLSelectElement>("#cf-start")!.value);
  });

  return { show: () => (editing ? undefined : void showList()) };
}
