/**
 * Office's theme on the pane: the body and control colours Office gives (Office.context.officeTheme) become the CSS
 * variables taskpane.css draws with, and a dark body turns on the dark palette (lighter blue, green and red, so text
 * keeps its contrast). Outside Office, or in an Office that gives no theme, the pane keeps its light colours.
 */
interface Theme {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  isDarkTheme?: boolean;
}

const HEX = /^#?([0-9a-f]{6})$/i;

/** Relative luminance (WCAG) of a #rrggbb colour; null for anything else. */
function luminance(color: string | undefined): number | null {
  const m = HEX.exec(color?.trim() ?? "");
  if (!m) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const hex = (c: string | undefined): string | null => {
  const m = HEX.exec(c?.trim() ?? "");
  return m ? `#${m[1]!.toLowerCase()}` : null;
};

function applyTheme(theme: Theme | undefined, root: HTMLElement = document.documentElement): void {
  if (!theme) return;
  const vars: Array<[string, string | undefined]> = [
    ["--bg", theme.bodyBackgroundColor],
    ["--ink", theme.bodyForegroundColor],
    ["--control-bg", theme.controlBackgroundColor],
    ["--control-ink", theme.controlForegroundColor],
  ];
  for (const [name, value] of vars) {
    const color = hex(value);
    if (color) root.style.setProperty(name, color);
  }
  const light = luminance(theme.bodyBackgroundColor);
  root.classList.toggle("dark", theme.isDarkTheme ?? (light !== null && light < 0.2));
}

/** The theme at start: Office gives Excel no theme-changed event (OfficeThemeChanged is Outlook's), and the pane opens anew often. */
export function followOfficeTheme(): void {
  if (typeof Office === "undefined" || !Office.context) return;
  applyTheme(Office.context.officeTheme as Theme | undefined);
}
