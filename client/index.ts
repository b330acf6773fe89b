/** The one HTTP client of the browser clients (the add-in, /hq, /gui). */
export { ApiError, BilingualError, networkError, timeoutError } from "./errors.ts";
export { errorOf, readAnswer } from "./answer.ts";
export { fetchUpload, xhrUpload, type RawResponse, type Upload, type UploadRequest } from "./transport.ts";
export {
  campaignTemplatePath,
  serviceApi,
  type ServiceApi,
  type ServiceOptions,
  type SubmissionsQuery,
  type SubmitOptions,
} from "./service.ts";
