/*
 * A fake Office.js for the task pane in a real browser: served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js, so the add-in's own code runs unchanged and only the
 * Office boundary is faked. Configured by window.__FAKE_OFFICE__ (set by an init script):
 *   { host: "Excel", fileName, file: { base64, slices }, tables: { NAME: [[Mã, Nội dung, Giá trị], …] } }
 * or, for a whole workbook, `workbook` (workbook-model.ts's ModelInit); records what the add-in did in
 * window.__OFFICE_CALLS__ and exposes the workbook as window.__WORKBOOK__.
 */
(function () {
  var config = window.__FAKE_OFFICE__ || {};
  var calls = (window.__OFFICE_CALLS__ = { functions: [], actions: [], getFileAsync: [], slicesRead: [], closeAsync: 0, tablesRead: [] });

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

  var Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC" },
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: function (callback) {
      var info = { host: config.host || "Excel", platform: "PC" };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
    actions: {
      associate: function (id) {
        calls.actions.push(id);
      },
    },
    addin: {
      showAsTaskpane: function () {
        return Promise.resolve();
      },
    },
    context: {
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
    },
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
  var CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate: function (id, fn) {
      calls.functions.push(id);
      (window.__FUNCTIONS__ = window.__FUNCTIONS__ || {})[id] = fn;
    },
  };

  window.Office = Office;
  window.Excel = Excel;
  window.OfficeRuntime = OfficeRuntime;
  window.CustomFunctions = CustomFunctions;
})();
