/**
 * The stylesheet's colours, checked by arithmetic (WCAG 2.2 contrast ratio, 1.4.3 and 1.4.11) in the
 * light and the dark scheme, and the rules no page may break (focus always visible).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = readFileSync(new URL("../../content/assets/style.css", import.meta.url), "utf8");

/** The custom properties set in the first `:root {…}` after `start` in the stylesheet. */
function customProperties(start: number): Map<string, string> {
  const open = css.indexOf(":root {", start);
  const block = css.slice(open, css.indexOf("}", open));
  return new Map([...block.matchAll(/(--kv-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1] as string, (m[2] as string).toLowerCase()]));
}

const schemes = {
  light: customProperties(0),
  dark: customProperties(css.indexOf("@media (prefers-color-scheme: dark)")),
};

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text colour on background colour, as the stylesheet combines them. */
const TEXT_PAIRS = [
  ["--kv-text", "--kv-background"],
  ["--kv-text", "--kv-surface"],
  ["--kv-text-muted", "--kv-background"],
  ["--kv-text-muted", "--kv-surface"],
  ["--kv-link", "--kv-background"],
  ["--kv-link", "--kv-surface"],
  ["--kv-link-visited", "--kv-background"],
  ["--kv-link-visited", "--kv-surface"],
  ["--kv-header-text", "--kv-header-background"],
  ["--kv-mark-text", "--kv-mark"],
] as const;

/** Focus rings and borders against what is next to them (3:1). */
const NON_TEXT_PAIRS = [
  ["--kv-focus", "--kv-background"],
  ["--kv-focus", "--kv-surface"],
  ["--kv-header-focus", "--kv-header-background"],
  ["--kv-border", "--kv-background"],
] as const;

describe.each(Object.entries(schemes))("the %s colour scheme", (_name, colours) => {
  const colour = (property: string) => {
    const value = colours.get(property);
    if (!value) throw new Error(`${property} is not set`);
    return value;
  };

  it.each(TEXT_PAIRS)("gives %s on %s a contrast of at least 4.5:1", (fg, bg) => {
    expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NON_TEXT_PAIRS)("gives %s against %s a contrast of at least 3:1", (fg, bg) => {
    expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(3);
  });
});

describe("the stylesheet", () => {
  it("never removes the focus outline", () => {
    expect(css).not.toMatch(/outline(-style)?\s*:\s*(none|0)\b/);
  });

  it("answers to dark mode, reduced motion, forced colours and print", () => {
    for (const query of ["prefers-color-scheme: dark", "prefers-reduced-motion", "forced-colors: active", "@media print"]) {
      expect(css).toContain(query);
    }
  });

  it("uses logical properties for margins, padding and borders", () => {
    expect(css).not.toMatch(/(margin|padding|border)-(left|right|top|bottom)\s*:/);
  });

  it("loads nothing from elsewhere", () => {
    expect(css).not.toMatch(/url\(|@import/);
  });
});
