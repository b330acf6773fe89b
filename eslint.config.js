// @ts-check
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettierOff from "eslint-config-prettier";

/**
 * typescript-eslint's recommended rules everywhere; Microsoft's Office add-in rules (load before read, sync after
 * load, no sync in a loop) where Office.js is called; layout left to Prettier (print width 120). Lines over 140
 * characters that Prettier cannot break (long messages and comments), and files over 300 lines, are refused by
 * npm run lint's last step, scripts/lint/source-size.ts, which reads the HTML and CSS too.
 */
export default tseslint.config(
  { ignores: ["dist/**", ".wrangler/**", "node_modules/**", "functions/worker-configuration.d.ts", "coverage/**"] },
  ...tseslint.configs.recommended,
  prettierOff,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  // custom-functions-metadata reads a parameter typed `any` as Excel's "any": what a cell really passes.
  { files: ["addin/functions/**/*.ts"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  // Test doubles of Office.js and of the service stand in for objects the tests do not type in full.
  { files: ["test/**/*.ts"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  {
    files: ["addin/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
);
