export * from "./attachments.ts";
