import { describe, expect, it } from "vitest";
import { binaryShare, decodeText } from "../../src/ingest/decode.ts";

describe("decodeText", () => {
  it("reads UTF-8 with and without BOM and turns CRLF into LF", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("Vraag 1\r\nJa.")]))).toEqual({ text: "Vraag 1\nJa.", encoding: "utf-8" });
    expect(decodeText(Buffer.from("geïnformeerd")).text).toBe("geïnformeerd");
  });

  it("reads UTF-16 with a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Kostić", "utf16le")]);
    expect(decodeText(le)).toEqual({ text: "Kostić", encoding: "utf-16le" });
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8", () => {
    expect(decodeText(new Uint8Array([0x67, 0x65, 0xef, 0x6e, 0x66, 0x6f, 0x20, 0x93, 0x78, 0x94]))).toEqual({ text: "geïnfo “x”", encoding: "windows-1252" });
  });
});

describe("binaryShare", () => {
  it("is zero for text and high for binary data", () => {
    expect(binaryShare("Vraag 1\nJa.\f")).toBe(0);
    expect(binaryShare("\u0000\u0001\u0002abc")).toBeGreaterThan(0.4);
  });
});
