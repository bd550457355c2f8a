/**
 * The Nu Html Checker (the `vnu-jar` package's vnu.jar) run by Debian's Java, as a publisher would run
 * it: `java -jar vnu.jar --errors-only --skip-non-html <dir>`. Messages come back as values, so a test
 * can list every error of a whole site at once. https://validator.github.io/validator/#usage
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";

/** vnu.jar inside node_modules (the package's main module is its path). */
export const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

/** One message of vnu's JSON output (https://github.com/validator/validator/wiki/Output-%C2%BB-JSON). */
export interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
  firstColumn?: number;
}

/**
 * Runs vnu with `args` (files, folders and options such as `--css` or `--skip-non-html`) and returns
 * every error it reports. `--errors-only` leaves out warnings and info; a file vnu cannot read is a
 * `non-document-error`, also returned.
 */
export function vnu(args: readonly string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      "java",
      ["-jar", VNU_JAR, "--errors-only", "--format", "json", "--stdout", "--exit-zero-always", ...args],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`vnu failed: ${error.message}\n${stderr}`));
          return;
        }
        try {
          const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
          resolve(messages);
        } catch {
          reject(new Error(`vnu wrote no JSON:\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}

/** A message as one line: `file:line: message (extract)`. */
export function formatVnu(message: VnuMessage, base = ""): string {
  const file = (message.url ?? "").replace(/^file:/, "").replace(base, "");
  const extract = message.extract ? ` (${message.extract.replace(/\s+/g, " ").trim().slice(0, 100)})` : "";
  return `${file}:${message.lastLine ?? "?"}: ${message.message}${extract}`;
}
