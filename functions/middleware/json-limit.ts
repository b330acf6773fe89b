import { bodyLimit } from "hono/body-limit";
import { ApiError } from "./errors.ts";

/**
 * A JSON body is a few fields of bounded text: past `maxKb` it is refused before it is read whole (413), so a
 * sender cannot make the Worker buffer and parse megabytes for a note.
 */
export const jsonLimit = (maxKb = 16) =>
  bodyLimit({
    maxSize: maxKb * 1024,
    onError: () => {
      throw new ApiError({
        status: 413,
        code: "too_large",
        field: "body",
        vi: `Nội dung gửi lên quá lớn (tối đa ${maxKb} KB).`,
        en: `The request body is too large (at most ${maxKb} KB).`,
      });
    },
  });
