/// <reference lib="dom" />
/**
 * Debian's Chromium driven by playwright-core: never a browser download. The flags keep it off the
 * network (the machine has none) and make every run start from an empty profile.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-default-apps",
      "--disable-extensions",
    ],
  });
}

export interface WatchedPage {
  page: Page;
  /** Content-Security-Policy violations the page reported, as `directive blocked-uri`. */
  violations: string[];
  /** Dialogs (alert, confirm, prompt) that content tried to open. */
  dialogs: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** Opens a page in a fresh context that records CSP violations, dialogs and errors. */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const watched: WatchedPage = { page, violations: [], dialogs: [], errors: [] };
  await page.exposeFunction("__reportViolation", (v: string) => watched.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportViolation(v: string): void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("dialog", (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") watched.errors.push(message.text());
  });
  page.on("pageerror", (error) => watched.errors.push(error.message));
  return watched;
}
