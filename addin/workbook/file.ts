import { BilingualError } from "../errors.ts";

/**
 * The whole workbook as bytes: Office.context.document.getFileAsync(Compressed) in slices of at most 4 MB, read
 * in order, and the file ALWAYS closed (an open file blocks the next getFileAsync, and Office allows only two
 * open at once). Read after the contract tables, never with them: a workbook that cannot be sent is refused
 * before its bytes are copied, and the service reads the same tables from these bytes and refuses a header
 * that disagrees with them, so nothing edited in between can go out unnoticed.
 */
export const SLICE_SIZE = 4 * 1024 * 1024;

class OfficeFileError extends BilingualError {
  override name = "OfficeFileError";
}

/** Office.js enums are strings at runtime ("compressed", "succeeded"). */
const COMPRESSED = "compressed" as unknown as Office.FileType;
const SUCCEEDED = "succeeded" as unknown as Office.AsyncResultStatus;

function call<T>(start: (cb: (r: Office.AsyncResult<T>) => void) => void, what: string): Promise<T> {
  return new Promise((resolve, reject) =>
    start((r) =>
      r.status === SUCCEEDED
        ? resolve(r.value)
        : reject(
            new OfficeFileError(
              `Không đọc được tệp Excel (${what}): ${r.error?.message ?? ""}`,
              `Cannot read the workbook (${what}): ${r.error?.message ?? ""}`,
            ),
          ),
    ),
  );
}

/** Before anything: an Office where the whole file cannot be read (Excel on the web before 1.x, old builds) is told so. */
export function checkFileSupport(office: typeof Office = Office): void {
  const doc = office?.context?.document;
  const supported =
    typeof doc?.getFileAsync === "function" && office.context.requirements?.isSetSupported?.("File", "1.1") !== false;
  if (!supported) {
    throw new OfficeFileError(
      "Phiên bản Excel này không cho phép add-in đọc toàn bộ tệp (File API). " +
        "Hãy dùng Excel cho Windows, Mac hoặc bản web mới.",
      "This Excel cannot hand the whole file to add-ins (File API). Use Excel for Windows, Mac or a current Excel on the web.",
    );
  }
}

export async function readWholeFile(office: typeof Office = Office): Promise<Uint8Array> {
  checkFileSupport(office);
  const file = await call<Office.File>(
    (cb) => office.context.document.getFileAsync(COMPRESSED, { sliceSize: SLICE_SIZE }, cb),
    "getFileAsync",
  );
  try {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await call<Office.Slice>((cb) => file.getSliceAsync(i, cb), `slice ${i + 1}/${file.sliceCount}`);
      if (slice.index !== i)
        throw new OfficeFileError(`Phần ${i} của tệp về sai thứ tự.`, `Slice ${i} came out of order.`);
      parts.push(Uint8Array.from(slice.data as ArrayLike<number>));
    }
    const size = parts.reduce((n, p) => n + p.byteLength, 0);
    if (size !== file.size)
      throw new OfficeFileError(
        `Tệp đọc được ${size} byte, Excel báo ${file.size}.`,
        `Read ${size} bytes, Excel reported ${file.size}.`,
      );
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.byteLength;
    }
    return bytes;
  } finally {
    await new Promise<void>((resolve) => file.closeAsync(() => resolve()));
  }
}
