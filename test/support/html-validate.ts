/**
 * html-validate with the repository's configuration (.htmlvalidate.mjs), for files anywhere (the test
 * builds write to a temporary folder, where html-validate would not find the configuration itself).
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { HtmlValidate, type ConfigData } from "html-validate";

/** The configuration in .htmlvalidate.mjs at the repository root. */
export async function htmlValidateConfig(): Promise<ConfigData> {
  const module = (await import(pathToFileURL(resolve(".htmlvalidate.mjs")).href)) as { default: ConfigData };
  return { root: true, ...module.default };
}

/** Every message html-validate reports for the given files, as `file:line:column: rule: message`. */
export async function htmlValidate(files: readonly string[], base = ""): Promise<string[]> {
  const validator = new HtmlValidate(await htmlValidateConfig());
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(await readFile(file, "utf8"), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push(`${file.replace(base, "")}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
      }
    }
  }
  return problems;
}
