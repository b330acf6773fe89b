export * from "./model.ts";
export { DOCX_CONTENT_TYPE, documentXml, writeDocx } from "./write.ts";
