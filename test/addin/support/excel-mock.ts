import { OfficeMockObject } from "office-addin-mock";
import { WorkbookModel, splitAddress, type TableArea } from "./workbook-model.ts";

/**
 * Excel.run over a WorkbookModel, each Office.js object an office-addin-mock OfficeMockObject: a property is
 * there only after load() and context.sync() (reading it before throws here, where Office would hand back
 * nothing), loaded values are the model's at the sync, and what the add-in assigns (values, formulas,
 * numberFormat, a table's name) is written to the model. Only the part of the object model the add-in uses.
 */
const NOT_READY = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

type Fresh = () => Record<string, unknown>;
type Writers = Record<string, (v: unknown) => void>;

/** The mock's own state, reached into to hand it the model's values at each sync. */
interface MockObject {
  load(props?: unknown): unknown;
  sync(): Promise<void>;
  _properties: Map<string, { _loaded: boolean; _valueBeforeLoaded: unknown }>;
}

class Run {
  private readonly registry: Array<{ mock: MockObject; fresh: Fresh }> = [];
  constructor(readonly model: WorkbookModel) {}

  /** An Office.js object: scalars (load/sync-guarded by the mock), members (methods, child objects), writers. */
  object<T = any>(fresh: Fresh, members: Record<string, unknown> = {}, writers: Writers = {}): T {
    const mock = new OfficeMockObject(fresh()) as unknown as MockObject & Record<string, unknown>;
    Object.assign(mock, members);
    this.registry.push({ mock, fresh });
    return new Proxy(mock, {
      get(target, p, receiver) {
        // The mock's own bookkeeping writes through `this`: run it on the target, past the writers.
        if (p === "load") return (props?: unknown) => (target.load(props), receiver);
        const v = Reflect.get(target, p, receiver);
        if (typeof v === "string" && NOT_READY.has(v))
          throw new Error(`${String(p)}: ${v} (load it, then await context.sync())`);
        return v;
      },
      set(target, p, v) {
        writers[p as string]?.(v);
        (target as Record<string | symbol, unknown>)[p] = v;
        return true;
      },
    }) as T;
  }

  async sync(): Promise<void> {
    for (const { mock, fresh } of this.registry) {
      const now = fresh();
      for (const [k, child] of mock._properties) if (k in now) child._valueBeforeLoaded = now[k];
      await mock.sync();
      for (const [k, child] of mock._properties)
        if (child._loaded) (mock as unknown as Record<string, unknown>)[k] = child._valueBeforeLoaded;
    }
  }

  range(sheet: string, address: string) {
    const model = this.model;
    const area = /^[A-Z]+:[A-Z]+$/i.test(address) ? null : splitAddress(address, sheet);
    if (!area) return this.object(() => ({}), { format: {} }); // whole columns: only their format is set
    const at = { ...area, sheet: area.sheet || sheet };
    const cells =
      at.top === at.bottom && at.left === at.right ? 1 : (at.bottom - at.top + 1) * (at.right - at.left + 1);
    return this.object(
      () => ({ address: model.address(at.sheet, at), cellCount: cells, ...model.read(at.sheet, at) }),
      { format: {}, worksheet: this.worksheet(at.sheet) },
      {
        values: (v) => model.write(at.sheet, at, "values", v),
        formulas: (v) => model.write(at.sheet, at, "formulas", v),
        numberFormat: (v) => model.write(at.sheet, at, "numberFormat", v),
      },
    );
  }

  worksheet(name: string): any {
    const model = this.model;
    const byIndexes = (row: number, column: number, rows: number, columns: number) =>
      this.range(
        name,
        model
          .address(name, { top: row + 1, left: column + 1, bottom: row + rows, right: column + columns })
          .split("!")[1]!,
      );
    return this.object(() => ({ name }), {
      getRange: (address: string) => this.range(name, address),
      getRangeByIndexes: byIndexes,
      getUsedRangeOrNullObject: () => {
        const at = model.usedArea(name);
        if (!at)
          return this.object(() => ({ isNullObject: true, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }));
        return this.object(() => ({
          isNullObject: false,
          rowIndex: at.top - 1,
          columnIndex: at.left - 1,
          rowCount: at.bottom - at.top + 1,
          columnCount: at.right - at.left + 1,
        }));
      },
      tables: {
        add: (address: string) => this.table(this.model.addTable(name, address)),
      },
    });
  }

  table(t: TableArea): any {
    const model = this.model;
    const current = { name: t.name };
    const area = () => model.table(current.name);
    const body = () => ({ ...area(), top: area().top + 1 });
    const header = () => ({ ...area(), bottom: area().top });
    const sub = (part: () => TableArea) =>
      this.object(() => ({ address: model.address(area().sheet, part()), ...model.read(area().sheet, part()) }));
    return this.object(
      () => ({ name: current.name }),
      {
        worksheet: this.worksheet(t.sheet),
        getRange: () => sub(area),
        getHeaderRowRange: () => sub(header),
        getDataBodyRange: () => sub(body),
        rows: { add: (_index: unknown, values: unknown[][]) => model.addTableRow(current.name, values) },
      },
      {
        name: (v) => {
          model.renameTable(current.name, String(v));
          current.name = String(v);
        },
      },
    );
  }

  /** A collection: load("items/name") loads each item's name; items are there after the sync. */
  collection<T>(make: () => T[]) {
    let items: T[] | null = null;
    return {
      load(props: string) {
        items = make();
        for (const i of items) (i as { load(p: string): void }).load(props.replace(/^items\//, ""));
        return this;
      },
      get items(): T[] {
        if (!items) throw new Error("items: load the collection, then await context.sync()");
        return items;
      },
    };
  }

  context(): Excel.RequestContext {
    const model = this.model;
    const tables = Object.assign(
      this.collection(() => model.tables.map((t) => this.table(t))),
      {
        getItem: (name: string) => this.table(model.table(name)),
      },
    );
    const worksheets = Object.assign(
      this.collection(() => [...model.sheets.keys()].map((n) => this.worksheet(n))),
      {
        getItem: (name: string) => {
          if (!model.sheets.has(name)) throw new Error(`fake workbook: no sheet ${name}`);
          return this.worksheet(name);
        },
        add: (name: string) => {
          model.addSheet(name);
          return this.worksheet(name);
        },
      },
    );
    const workbook = {
      tables,
      worksheets,
      getSelectedRange: () => {
        const at = splitAddress(model.selection);
        return this.range(at.sheet, model.selection);
      },
    };
    return { workbook, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }
}

/** `globalThis.Excel` for a test: Excel.run(batch) with a fresh request context over the model. */
export function excelOver(model: WorkbookModel): typeof Excel {
  return {
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(new Run(model).context()),
  } as unknown as typeof Excel;
}
