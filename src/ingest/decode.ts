/**
 * Bytes to text for the text formats, tolerant of what files really come as: UTF-8 with or without BOM,
 * UTF-16 (with BOM), Windows-1252 (common in older exports), CRLF or CR line ends.
 */

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
}

/** Control characters that have no place in a document's text (tab, line feed and form feed do). */
export const STRAY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/gu;

/** Decodes a file's bytes, detecting the encoding; line ends become `\n`, form feeds are kept. */
export function decodeText(bytes: Uint8Array): DecodedText {
  let encoding: DecodedText["encoding"];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = "utf-8";
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    body = bytes.subarray(2);
  } else if (looksLikeUtf16WithoutBom(bytes)) {
    encoding = bytes[0] === 0 ? "utf-16be" : "utf-16le";
  } else {
    encoding = isValidUtf8(bytes) ? "utf-8" : "windows-1252";
  }
  const text = encoding === "windows-1252" ? decodeWindows1252(body) : new TextDecoder(encoding).decode(body);
  return { text: text.replace(/\r\n?/g, "\n"), encoding };
}

/**
 * Windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, the euro sign). Node's
 * TextDecoder decodes that range as Latin-1 control characters, so the table is here.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  return out;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Latin text in UTF-16 has a zero byte in every other position. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 400));
  if (sample.length < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  return evenZeros > half * 0.6 || oddZeros > half * 0.6;
}

/**
 * Share of characters that are control characters other than tab, line feed and form feed, or the
 * replacement character: high for binary files that merely carry a text extension.
 */
export function binaryShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12) || code === 0xfffd || (code >= 0x7f && code < 0xa0)) {
      bad++;
    }
  }
  return bad / text.length;
}
