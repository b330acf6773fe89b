import { readFileSync } from "node:fs";
import { readWorkbook } from "./functions/xlsx/index.ts";
import { isContractTable } from "./functions/workbook/contract.ts";
const bytes = new Uint8Array(readFileSync("/tmp/big25.xlsx"));
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  await readWorkbook(bytes, { wantTable: isContractTable });
  console.log(performance.now() - t);
}
