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
      throw new ApiError(
        413,
        "too_large",
        "body",
        `Nội dung gửi lên quá lớn (tối đa ${maxKb} KB).`,
        `The request body is too large (at most ${maxKb} KB).`,
      );
    },
  });
