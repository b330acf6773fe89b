/**
 * A stand-in for the little of Excel.run the functions use to ask whether cells are empty (addin/functions/
 * empty-cells.ts): sheets of cells by A1 address, ranges with rowIndex/columnIndex, the used range (values only)
 * and valueTypes. `runs` counts Excel.run calls, so a test can see the questions batched.
 */
const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const MAX_ROWS = 1_048_576;

function bounds(a1: string) {
  const [from, to = from] = a1.replace(/\$/g, "").toUpperCase().split(":") as [string, string?];
  const parse = (ref: string, end: boolean) => {
    const m = /^([A-Z]*)(\d*)$/.exec(ref)!;
    return { c: m[1] ? col(m[1]) : end ? 16383 : 0, r: m[2] ? Number(m[2]) - 1 : end ? MAX_ROWS - 1 : 0 };
  };
  const a = parse(from, false);
  const b = parse(to!, true);
  return { r0: a.r, c0: a.c, r1: b.r, c1: b.c };
}

export interface FakeExcel {
  runs: number;
  install(): void;
  uninstall(): void;
}

/** `sheets`: sheet name → A1 → value (a cell absent or undefined is empty; a typed 0 is 0). */
export function fakeExcel(sheets: Record<string, Record<string, unknown>>): FakeExcel {
  const fake: FakeExcel = {
    runs: 0,
    install() {
      (globalThis as any).Excel = {
        run: async (cb: (context: unknown) => Promise<unknown>) => {
          fake.runs++;
          return cb(context);
        },
      };
    },
    uninstall() {
      delete (globalThis as any).Excel;
    },
  };
  const filled = (sheet: string) =>
    Object.entries(sheets[sheet] ?? {})
      .filter(([, v]) => v !== undefined)
      .map(([a1]) => bounds(a1));
  const context = {
    workbook: {
      worksheets: {
        getItem(name: string) {
          if (!(name in sheets)) throw new Error(`ItemNotFound: ${name}`);
          return {
            getRange(a1: string) {
              const b = bounds(a1);
              const inside = filled(name).filter((c) => c.r0 >= b.r0 && c.r0 <= b.r1 && c.c0 >= b.c0 && c.c0 <= b.c1);
              const used =
                inside.length === 0
                  ? null
                  : {
                      r0: Math.min(...inside.map((c) => c.r0)),
                      r1: Math.max(...inside.map((c) => c.r0)),
                      c0: Math.min(...inside.map((c) => c.c0)),
                      c1: Math.max(...inside.map((c) => c.c0)),
                    };
              const valueAt = (r: number, c: number) => {
                const key = Object.keys(sheets[name]!).find((k) => {
                  const x = bounds(k);
                  return x.r0 === r && x.c0 === c;
                });
                return key === undefined ? undefined : sheets[name]![key];
              };
              return {
                rowIndex: b.r0,
                columnIndex: b.c0,
                load() {
                  return this;
                },
                getUsedRangeOrNullObject() {
                  if (!used)
                    return {
                      isNullObject: true,
                      load() {
                        return this;
                      },
                    };
                  return {
                    isNullObject: false,
                    rowIndex: used.r0,
                    columnIndex: used.c0,
                    rowCount: used.r1 - used.r0 + 1,
                    columnCount: used.c1 - used.c0 + 1,
                    valueTypes: Array.from({ length: used.r1 - used.r0 + 1 }, (_, i) =>
                      Array.from({ length: used.c1 - used.c0 + 1 }, (_, j) => {
                        const v = valueAt(used.r0 + i, used.c0 + j);
                        return v === undefined
                          ? "Empty"
                          : typeof v === "number"
                            ? "Double"
                            : typeof v === "boolean"
                              ? "Boolean"
                              : "String";
                      }),
                    ),
                    load() {
                      return this;
                    },
                  };
                },
              };
            },
          };
        },
      },
    },
    sync: async () => undefined,
  };
  return fake;
}
