export * from "./attachments.ts";
export * from "./nominees.ts";
