export * from "./model.ts";
export { ContractRefusal, HOW_TO_ADD, type RefusalAbout } from "./refusal.ts";
export {
  readContractTables,
  isContractTable,
  rowsByKey,
  REQUIRED_TABLES,
  type Body as TableBody,
  type FileReading,
  type KeyedRow,
} from "./read.ts";
