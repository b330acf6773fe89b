/*
 * The Excel host, for the task pane in a real browser: runs right after the real office.js (served offline from
 * node_modules/@microsoft/office-js/dist at Microsoft's CDN address, harness.ts), and gives the page what Excel
 * would: the host at onReady, the document and its file, the theme, Excel.run over a workbook model, device
 * storage. The library's own objects (Office.onReady, Office.actions, CustomFunctions.associate, the enums) stay
 * the library's. Configured by window.__FAKE_OFFICE__ (set by an init script):
 *   { host: "Excel", fileName, file: { base64, slices }, tables: { NAME: [[Mã, Nội dung, Giá trị], …] }, theme }
 * or, for a whole workbook, `workbook` (workbook-model.ts's ModelInit); records what the add-in did in
 * window.__OFFICE_CALLS__ and exposes the workbook as window.__WORKBOOK__.
 */
(function () {
  var config = window.__FAKE_OFFICE__ || {};
  var calls = (window.__OFFICE_CALLS__ = {
    functions: [],
    actions: [],
    getFileAsync: [],
    slicesRead: [],
    closeAsync: 0,
    tablesRead: [],
  });

  function bytesOfFile() {
    var text = atob((config.file && config.file.base64) || "");
    var out = new Array(text.length);
    for (var i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  }

  function done(cb, value) {
    setTimeout(function () {
      cb({ status: "succeeded", value: value });
    }, 0);
  }

  // What the Excel host adds to the real office.js (which alone, outside Office, reports no host): the host's
  // answer to onReady, the document and its file, the requirement sets, the theme, the host's enums.
  var Office = window.Office;
  if (!Office || !Office.onReady || !Office.HostType)
    throw new Error("fake host: the real office.js did not load before it");
  var hostInfo = { host: Office.HostType[config.host || "Excel"] || config.host, platform: Office.PlatformType.PC };

  Office.FileType = Office.FileType || { Compressed: "compressed", Pdf: "pdf", Text: "text" };
  Office.addin = Office.addin || {
    showAsTaskpane: function () {
      return Promise.resolve();
    },
  };
  // The library's own associate (it validates and keeps the mapping), recorded for the tests.
  var associateAction = Office.actions.associate;
  Office.actions.associate = function (id) {
    calls.actions.push(id);
    return associateAction.apply(this, arguments);
  };
  var context = {
    officeTheme: config.theme,
    requirements: {
      isSetSupported: function () {
        return true;
      },
    },
    document: {
      url: config.fileName || "C:\\BHXH\\bao-cao-thi-dua.xlsx",
      getFileAsync: function (fileType, options, cb) {
        calls.getFileAsync.push({ fileType: fileType, sliceSize: options && options.sliceSize });
        var bytes = bytesOfFile();
        var count = (config.file && config.file.slices) || 1;
        var per = Math.ceil(bytes.length / count) || 1;
        done(cb, {
          size: bytes.length,
          sliceCount: count,
          getSliceAsync: function (index, cb2) {
            calls.slicesRead.push(index);
            done(cb2, { index: index, size: 0, data: bytes.slice(index * per, (index + 1) * per) });
          },
          closeAsync: function (cb2) {
            calls.closeAsync++;
            if (cb2) done(cb2);
          },
        });
      },
    },
  };
  // The library makes Office.context when it has initialised: the host's part goes onto it then, before any
  // caller of onReady hears that Office is ready.
  var libraryReady = Office.onReady.bind(Office);
  var hostReady = libraryReady().then(function () {
    Object.keys(context).forEach(function (k) {
      Object.defineProperty(Office.context, k, { value: context[k], configurable: true, enumerable: true });
    });
  });
  Office.onReady = function (callback) {
    return hostReady.then(function () {
      if (callback) callback(hostInfo);
      return hostInfo;
    });
  };

  // The workbook: the model shared with the node tests (workbook-model.ts, bundled ahead of this file by the
  // harness). Plain objects whose properties read the model live: load() and sync() have nothing to wait for.
  var Model = window.FakeWorkbook.WorkbookModel;
  var splitAddress = window.FakeWorkbook.splitAddress;
  var model = config.workbook ? new Model(config.workbook) : Model.withContract(config.tables || {});
  window.__WORKBOOK__ = model;

  function loadable(o) {
    o.load = function () {
      return o;
    };
    return o;
  }

  function rangeOver(sheetOf, areaOf) {
    var r = loadable({ format: {} });
    var props = {
      address: function () {
        return model.address(sheetOf(), areaOf());
      },
      cellCount: function () {
        var a = areaOf();
        return (a.bottom - a.top + 1) * (a.right - a.left + 1);
      },
    };
    ["values", "formulas", "valueTypes", "numberFormat"].forEach(function (k) {
      props[k] = function () {
        return model.read(sheetOf(), areaOf())[k];
      };
    });
    Object.keys(props).forEach(function (k) {
      Object.defineProperty(r, k, {
        get: props[k],
        set: function (v) {
          model.write(sheetOf(), areaOf(), k, v);
        },
      });
    });
    return r;
  }

  function range(sheet, address) {
    if (/^[A-Z]+:[A-Z]+$/i.test(address)) return loadable({ format: {} });
    var at = splitAddress(address, sheet);
    var name = at.sheet || sheet;
    return rangeOver(
      function () {
        return name;
      },
      function () {
        return at;
      },
    );
  }

  function worksheet(name) {
    return loadable({
      name: name,
      getRange: function (address) {
        return range(name, address);
      },
      getRangeByIndexes: function (row, column, rows, columns) {
        return rangeOver(
          function () {
            return name;
          },
          function () {
            return { top: row + 1, left: column + 1, bottom: row + rows, right: column + columns };
          },
        );
      },
      getUsedRangeOrNullObject: function () {
        var at = model.usedArea(name);
        if (!at) return loadable({ isNullObject: true });
        return loadable({
          isNullObject: false,
          rowIndex: at.top - 1,
          columnIndex: at.left - 1,
          rowCount: at.bottom - at.top + 1,
          columnCount: at.right - at.left + 1,
        });
      },
      tables: {
        add: function (address) {
          return table(model.addTable(name, address).name);
        },
      },
    });
  }

  function table(initial) {
    var current = { name: initial };
    var area = function () {
      return model.table(current.name);
    };
    var sheet = function () {
      return area().sheet;
    };
    var t = loadable({
      worksheet: worksheet(area().sheet),
      getRange: function () {
        return rangeOver(sheet, area);
      },
      getHeaderRowRange: function () {
        calls.tablesRead.push(current.name);
        return rangeOver(sheet, function () {
          return Object.assign({}, area(), { bottom: area().top });
        });
      },
      getDataBodyRange: function () {
        return rangeOver(sheet, function () {
          return Object.assign({}, area(), { top: area().top + 1 });
        });
      },
      rows: {
        add: function (_index, values) {
          model.addTableRow(current.name, values);
        },
      },
    });
    Object.defineProperty(t, "name", {
      get: function () {
        return current.name;
      },
      set: function (v) {
        model.renameTable(current.name, v);
        current.name = v;
      },
    });
    return t;
  }

  function collection(items, extra) {
    var c = loadable(extra);
    Object.defineProperty(c, "items", { get: items });
    return c;
  }

  var Excel = {
    run: function (batch) {
      var context = {
        workbook: {
          tables: collection(
            function () {
              return model.tables.map(function (t) {
                return table(t.name);
              });
            },
            {
              getItem: function (name) {
                return table(model.table(name).name);
              },
            },
          ),
          worksheets: collection(
            function () {
              return Array.from(model.sheets.keys()).map(worksheet);
            },
            {
              getItem: worksheet,
              add: function (name) {
                model.addSheet(name);
                return worksheet(name);
              },
            },
          ),
          getSelectedRange: function () {
            return range("", model.selection);
          },
        },
        sync: function () {
          return Promise.resolve();
        },
      };
      return Promise.resolve().then(function () {
        return batch(context);
      });
    },
  };

  var OfficeRuntime = {
    storage: {
      getItem: function (k) {
        return Promise.resolve(localStorage.getItem(k));
      },
      setItem: function (k, v) {
        localStorage.setItem(k, v);
        return Promise.resolve();
      },
      removeItem: function (k) {
        localStorage.removeItem(k);
        return Promise.resolve();
      },
      getKeys: function () {
        return Promise.resolve(Object.keys(localStorage));
      },
    },
  };

  function CustomFunctionsError(code, message) {
    this.code = code;
    this.message = message;
  }
  // The library's CustomFunctions.associate, recorded; the error type is the custom functions runtime's.
  var CustomFunctions = window.CustomFunctions;
  var associateFunction = CustomFunctions.associate;
  CustomFunctions.Error = CustomFunctions.Error || CustomFunctionsError;
  CustomFunctions.ErrorCode = CustomFunctions.ErrorCode || { invalidValue: "#VALUE!", notAvailable: "#N/A" };
  CustomFunctions.associate = function (id, fn) {
    calls.functions.push(id);
    (window.__FUNCTIONS__ = window.__FUNCTIONS__ || {})[id] = fn;
    return associateFunction.apply(this, arguments);
  };

  window.Excel = Excel;
  window.OfficeRuntime = OfficeRuntime;
})();
