import { describe, expect, it } from "vitest";
import { z } from "zod";
import { openDataRecordSchema } from "../../src/site/open-data.ts";
import { FIELD_DESCRIPTIONS, fieldRows, recordJsonSchema } from "../../src/site/open-data-schema.ts";

describe("the open data's schema", () => {
  it("describes exactly the fields of a published record, in its order", () => {
    const properties = Object.keys((z.toJSONSchema(openDataRecordSchema) as { properties: object }).properties);
    expect(Object.keys(FIELD_DESCRIPTIONS)).toEqual(properties);
    expect(fieldRows().map((row) => row.name)).toEqual(properties);
  });

  it("is a JSON Schema with its own id and every field described", () => {
    const schema = recordJsonSchema("https://example.org/records.schema.json") as {
      $id: string;
      $schema: string;
      properties: Record<string, { description?: string }>;
    };
    expect(schema.$id).toBe("https://example.org/records.schema.json");
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    for (const [name, property] of Object.entries(schema.properties)) expect(property.description, name).toBe(FIELD_DESCRIPTIONS[name]);
  });

  it("names types as a reader needs them", () => {
    const rows = new Map(fieldRows().map((row) => [row.name, row]));
    expect(rows.get("zaak")?.type).toBe("string of null");
    expect(rows.get("kind")?.type).toBe('"antwoord" | "mededeling"');
    expect(rows.get("questions")?.type).toBe("lijst van object");
    expect(rows.get("id")?.required).toBe(true);
    expect(rows.get("unstated")?.required).toBe(false);
  });
});
