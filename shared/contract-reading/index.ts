export * from "./model.ts";
export { ContractRefusal, HOW_TO_ADD } from "./refusal.ts";
export { readContractTables, isContractTable, REQUIRED_TABLES, type FileReading } from "./read.ts";
