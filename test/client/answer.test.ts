import { describe, expect, it } from "vitest";
import { ApiError, BilingualError, errorOf, readAnswer } from "../../client/index.ts";
import { meAnswerSchema } from "../../shared/index.ts";

/** The one reading of what the service answered, for the add-in, /hq and /gui alike. */
describe("reading an answer", () => {
  it("a JSON error is the service's own: code, field, both messages and the workbook cell", () => {
    const where = { sheet: "Dữ liệu gửi", cell: "C13", formula: "'Chấm điểm GDĐT'!E12" };
    const body = JSON.stringify({
      error: {
        code: "error_value",
        field: "inputs.c3",
        message_vi: "Ô đang báo lỗi #DIV/0!",
        message_en: "The cell shows #DIV/0!",
        where,
      },
    });
    const e = errorOf(422, body);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toBeInstanceOf(BilingualError);
    expect(e).toMatchObject({
      status: 422,
      code: "error_value",
      field: "inputs.c3",
      messageVi: "Ô đang báo lỗi #DIV/0!",
      messageEn: "The cell shows #DIV/0!",
      where,
      retryable: false,
      offline: false,
    });
  });

  it("an error without a cell has none", () => {
    const e = errorOf(
      401,
      JSON.stringify({
        error: { code: "token_unknown", field: null, message_vi: "Mã không đúng.", message_en: "Unknown token." },
      }),
    );
    expect(e.where).toBeNull();
    expect(e.field).toBeNull();
  });

  it("a proxy's HTML page is an error by its status, in Vietnamese first, with none of the page in it", () => {
    const e = errorOf(502, "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>");
    expect(e).toMatchObject({ status: 502, code: "http_502", retryable: true });
    expect(e.messageVi).toMatch(/^Máy chủ trả lỗi 502/);
    expect(e.messageEn).toMatch(/^The service answered 502/);
    expect(`${e.messageVi} ${e.messageEn}`).not.toMatch(/nginx|<|Bad Gateway/);
  });

  it("JSON that is not the error shape is read as a page that is not the service's", () => {
    expect(errorOf(404, JSON.stringify({ message: "Not Found" }))).toMatchObject({
      status: 404,
      code: "http_404",
      retryable: false,
    });
    expect(errorOf(413, "")).toMatchObject({ status: 413, code: "http_413" });
  });

  it("a 2xx is checked against the contract: the wrong shape or not JSON is an error, never data", () => {
    expect(
      readAnswer(200, JSON.stringify({ unit: "P63-01", unitName: "BHXH Hà Nội", role: "province" }), meAnswerSchema),
    ).toEqual({ unit: "P63-01", unitName: "BHXH Hà Nội", role: "province" });
    const shape = (() => {
      try {
        readAnswer(200, JSON.stringify({ unit: 1 }), meAnswerSchema);
      } catch (e) {
        return e;
      }
    })() as ApiError;
    expect(shape).toMatchObject({ status: 200, code: "bad_answer", retryable: false });
    expect(shape.messageVi).toContain("(unit)");
    const text = (() => {
      try {
        readAnswer(201, "<html>proxy</html>", meAnswerSchema);
      } catch (e) {
        return e;
      }
    })() as ApiError;
    expect(text).toMatchObject({ status: 201, code: "bad_answer" });
  });

  it("a non-2xx is never read as data, even when its body has the answer's shape", () => {
    expect(() =>
      readAnswer(500, JSON.stringify({ unit: "P63-01", unitName: "x", role: "province" }), meAnswerSchema),
    ).toThrow(ApiError);
  });
});
