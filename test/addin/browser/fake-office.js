/*
 * A fake Office.js for the task pane in a real browser: served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js, so the add-in's own code runs unchanged and only the
 * Office boundary is faked. Configured by window.__FAKE_OFFICE__ (set by an init script):
 *   { host: "Excel", fileName, file: { base64, slices }, tables: { NAME: [[Mã, Nội dung, Giá trị], …] } }
 * and records what the add-in did in window.__OFFICE_CALLS__.
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

  function table(name) {
    var rows = (config.tables || {})[name];
    var t = {
      isNullObject: !rows,
      load: function () {
        return t;
      },
      getDataBodyRange: function () {
        calls.tablesRead.push(name);
        var range = {
          values: rows || [],
          load: function () {
            return range;
          },
        };
        return range;
      },
    };
    return t;
  }

  var Excel = {
    run: function (batch) {
      var context = {
        workbook: { tables: { getItemOrNullObject: table, getItem: table } },
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
