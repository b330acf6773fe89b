import type { ServiceApi } from "../client/service.ts";
import { ApiError } from "../client/errors.ts";
import type { TokenRow } from "../shared/schemas/tokens.ts";
import { ROLE_NAMES } from "../shared/units/index.ts";
import { WORDS } from "../shared/words.ts";
import { formatDateTime } from "../pages/format.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { say } from "../pages/say.ts";
import { markFaults } from "./campaign-fields.ts";
import { tokenLetterHtml } from "./tokens-letter.ts";
import { unitOptionsHtml } from "./units.ts";

/**
 * The "Mã truy cập" tab: headquarters issues a code for a unit (shown once, in a letter it prints for the office),
 * sees every code with when it was last used (never its value), and revokes one with a reason. The delay before
 * a revocation holds everywhere is the service's own figure (GET /tokens), stated beside the list.
 */
type Api = Pick<ServiceApi, "issueToken" | "tokens" | "revokeToken">;

const when = (iso: string | null, none: string) =>
  iso ? escapeMarkup(formatDateTime(iso)) : `<span class="muted">${none}</span>`;

function rowHtml(t: TokenRow): string {
  const why = t.revokedReason ? `<br><span class="muted">${escapeMarkup(t.revokedReason)}</span>` : "";
  const state = t.revoked
    ? `<span class="flag status-closed">Đã thu hồi</span> ${escapeMarkup(formatDateTime(t.revoked))}${why}`
    : `<span class="flag status-published">Đang dùng</span>`;
  const action = t.revoked
    ? ""
    : `<button type="button" class="ghost" data-revoke="${t.id}">Thu hồi` +
      `<span class="visually-hidden"> mã số ${t.id} của ${escapeMarkup(t.unitName)}</span></button>`;
  const who = `${escapeMarkup(t.unitName)} <span class="muted">(${escapeMarkup(t.unit)}, ${escapeMarkup(ROLE_NAMES[t.role].vi)})</span>`;
  return `<tr data-token="${t.id}"><td class="num">${t.id}</td><th scope="row">${who}</th><td>${escapeMarkup(t.label ?? "")}</td>
    <td>${when(t.created, "")}</td><td>${when(t.lastUsed, "chưa dùng")}</td><td>${state}</td><td>${action}</td></tr>`;
}

export function mountTokensTab(root: HTMLElement, o: { api: Api; serviceUrl: string }) {
  root.innerHTML =
    `<p class="muted">Mỗi máy hoặc mỗi người của đơn vị dùng một ` +
    `${escapeMarkup(WORDS.token.vi.toLowerCase())}.
      Mã chỉ hiện một lần khi cấp; danh sách dưới đây không bao giờ hiện lại mã.
      <small class="en" lang="en">Each code is shown once, when issued.</small></p>
    <form id="tk-form" class="tk-form no-print" novalidate aria-labelledby="tk-form-title">
      <h2 id="tk-form-title">Cấp mã mới <small class="en" lang="en">issue a code</small></h2>
      <div class="controls">
        <div class="cf-field cf-wide"><label for="tk-unit">${escapeMarkup(WORDS.unit.vi)} <small class="en" lang="en">unit</small></label>
          <select id="tk-unit" data-path="unit" aria-describedby="tk-unit-error">${unitOptionsHtml({ hq: true })}</select>
          <div class="field-error" id="tk-unit-error"></div></div>
        <div class="cf-field cf-wide">
          <label for="tk-label">Dùng cho (máy, người; không bắt buộc) <small class="en" lang="en">label</small></label>
          <input id="tk-label" data-path="label" maxlength="100" autocomplete="off" aria-describedby="tk-label-error">
          <div class="field-error" id="tk-label-error"></div></div>
        <button type="submit" id="tk-issue">Cấp mã</button>
      </div>
      <div id="tk-msg" class="msg" role="status" aria-live="polite" hidden></div>
    </form>
    <article id="tk-letter" class="letter" aria-labelledby="tk-letter-title" hidden></article>
    <div class="no-print">
      <h2 id="tk-list-title" tabindex="-1">Các mã đã cấp <small class="en" lang="en">codes issued</small></h2>
      <p id="tk-delay" class="muted"></p>
      <div id="tk-list-msg" class="msg" role="status" aria-live="polite" hidden></div>
      <form id="tk-revoke" class="tk-revoke" novalidate hidden aria-labelledby="tk-revoke-title">
        <h3 id="tk-revoke-title" tabindex="-1"></h3>
        <div class="controls">
          <div class="cf-field cf-wide">
            <label for="tk-reason">Lý do thu hồi (ghi vào nhật ký) <small class="en" lang="en">reason</small></label>
            <input id="tk-reason" data-path="reason" maxlength="500" autocomplete="off" aria-describedby="tk-reason-error">
            <div class="field-error" id="tk-reason-error"></div></div>
          <button type="submit">Thu hồi mã</button>
          <button type="button" class="ghost" id="tk-revoke-cancel">Thôi</button>
        </div>
      </form>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="tk-caption">
        <table class="grid"><caption id="tk-caption" class="visually-hidden">Các mã đã cấp</caption>
          <thead><tr><th scope="col" class="num">Số</th><th scope="col">${escapeMarkup(WORDS.unit.vi)}</th><th scope="col">Dùng cho</th>
            <th scope="col">Cấp lúc</th><th scope="col">Dùng lần cuối</th><th scope="col">Trạng thái</th>
            <th scope="col"><span class="visually-hidden">Thao tác</span></th></tr></thead>
          <tbody id="tk-body"></tbody></table>
      </div>
    </div>`;
  const $ = <T extends HTMLElement = HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  let rows: TokenRow[] = [];
  let revoking: { id: number; from: HTMLElement | null } | null = null;

  /** A refusal on a field is marked there; any other is said in `box`. */
  function refused(form: HTMLElement, box: HTMLElement, e: unknown): void {
    if (!(e instanceof ApiError)) throw e;
    const loose = e.field ? markFaults(form, [{ path: e.field, vi: e.messageVi }]) : [{ path: "", vi: e.messageVi }];
    if (loose.length) say(box, "error", e.messageVi, e.messageEn);
    else box.hidden = true;
  }

  async function load(): Promise<void> {
    try {
      const answer = await o.api.tokens();
      rows = answer.tokens;
      const s = answer.revocationDelaySeconds;
      $("tk-delay").innerHTML =
        `Mã thu hồi bị từ chối chậm nhất sau ${s} giây: máy chủ vừa kiểm tra ` +
        `mã đó còn nhận nó tối đa ${s} giây.` +
        ` <small class="en" lang="en">A revoked code is refused everywhere within ${s} s.</small>` +
        (answer.truncated ? " Danh sách chỉ hiện các mã mới nhất." : "");
      $("tk-body").innerHTML = rows.length
        ? rows.map(rowHtml).join("")
        : `<tr><td colspan="7" class="empty">Chưa cấp mã nào.</td></tr>`;
      $("tk-list-msg").hidden = true;
    } catch (e) {
      if (e instanceof ApiError) say($("tk-list-msg"), "error", e.messageVi, e.messageEn);
      else throw e;
    }
  }

  function closeLetter(): void {
    const letter = $("tk-letter");
    letter.innerHTML = ""; // the code leaves the page with the letter
    letter.hidden = true;
    document.body.classList.remove("printing-letter");
    $("tk-unit").focus();
  }

  $("tk-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const form = $("tk-form");
    const unit = $<HTMLSelectElement>("tk-unit").value;
    const label = $<HTMLInputElement>("tk-label").value.trim();
    if (!unit) return void markFaults(form, [{ path: "unit", vi: "Chọn đơn vị nhận mã." }]);
    markFaults(form, [], false);
    $("tk-issue").setAttribute("disabled", "");
    try {
      const issued = await o.api.issueToken({ unit, ...(label ? { label } : {}) });
      $("tk-msg").hidden = true;
      const letter = $("tk-letter");
      letter.innerHTML = tokenLetterHtml(issued, o.serviceUrl);
      letter.hidden = false;
      document.body.classList.add("printing-letter");
      $<HTMLInputElement>("tk-label").value = "";
      $("tk-letter-title").focus();
      void load();
    } catch (e) {
      refused(form, $("tk-msg"), e);
    } finally {
      $("tk-issue").removeAttribute("disabled");
    }
  });

  $("tk-letter").addEventListener("click", async (ev) => {
    const action = (ev.target as HTMLElement).closest<HTMLButtonElement>("button[data-letter]")?.dataset.letter;
    if (action === "print") window.print();
    if (action === "close") closeLetter();
    if (action === "copy") {
      try {
        await navigator.clipboard.writeText($("tk-code").textContent ?? "");
        say($("tk-letter-msg"), "ok", "Đã chép mã.", "Copied.");
      } catch {
        say(
          $("tk-letter-msg"),
          "error",
          "Trình duyệt không cho chép: chọn mã rồi bấm Ctrl+C.",
          "The browser refused: select the code and press Ctrl+C.",
        );
      }
    }
  });

  $("tk-body").addEventListener("click", (ev) => {
    const button = (ev.target as HTMLElement).closest<HTMLButtonElement>("button[data-revoke]");
    const row = button && rows.find((r) => r.id === Number(button.dataset.revoke));
    if (!row) return;
    revoking = { id: row.id, from: button };
    $("tk-revoke-title").textContent =
      `Thu hồi mã số ${row.id} của ${row.unitName}${row.label ? ` (${row.label})` : ""}`;
    $<HTMLInputElement>("tk-reason").value = "";
    markFaults($("tk-revoke"), [], false);
    $("tk-revoke").hidden = false;
    $("tk-reason").focus();
  });

  const endRevoke = (): void => {
    $("tk-revoke").hidden = true;
    const back = revoking?.from;
    revoking = null;
    // After a revocation its button is gone with the old rows: the list's heading takes the focus instead.
    (back?.isConnected ? back : $("tk-list-title")).focus();
  };
  $("tk-revoke-cancel").addEventListener("click", endRevoke);
  $("tk-revoke").addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") endRevoke();
  });
  $("tk-revoke").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!revoking) return;
    const form = $("tk-revoke");
    const reason = $<HTMLInputElement>("tk-reason").value.trim();
    if (!reason)
      return void markFaults(form, [{ path: "reason", vi: "Ghi lý do thu hồi (vd. mất máy, người chuyển công tác)." }]);
    try {
      const done = await o.api.revokeToken(revoking.id, reason);
      revoking.from = null;
      endRevoke();
      await load();
      say($("tk-list-msg"), "ok", `Đã thu hồi mã số ${done.id} của ${done.unitName}.`, `Code ${done.id} revoked.`);
    } catch (e) {
      refused(form, $("tk-list-msg"), e);
    }
  });

  return { show: () => void load() };
}
