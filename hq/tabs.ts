/**
 * The ARIA tabs pattern (WAI-ARIA Authoring Practices): one tab in the Tab order (roving tabindex), arrows move
 * between tabs and select them, Home and End go to the ends; each tab shows its own panel.
 */
export function mountTabs(list: HTMLElement, onShow: (name: string) => void): (name: string) => void {
  const tabs = [...list.querySelectorAll<HTMLButtonElement>("[role=tab]")];
  const show = (name: string, focus = false): void => {
    for (const tab of tabs) {
      const on = tab.dataset.tab === name;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      document.getElementById(tab.getAttribute("aria-controls")!)!.hidden = !on;
      if (on && focus) tab.focus();
    }
    onShow(name);
  };
  list.addEventListener("click", (ev) => {
    const tab = (ev.target as HTMLElement).closest<HTMLButtonElement>("[role=tab]");
    if (tab) show(tab.dataset.tab!);
  });
  list.addEventListener("keydown", (ev) => {
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next =
      ev.key === "ArrowRight"
        ? (at + 1) % tabs.length
        : ev.key === "ArrowLeft"
          ? (at - 1 + tabs.length) % tabs.length
          : ev.key === "Home"
            ? 0
            : ev.key === "End"
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    ev.preventDefault();
    show(tabs[next]!.dataset.tab!, true);
  });
  return (name) => show(name);
}
