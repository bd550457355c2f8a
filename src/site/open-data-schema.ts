/**
 * The open data described for a stranger: the JSON Schema of a published record, made from the one zod
 * schema (./open-data.ts, src/model.ts) with `z.toJSONSchema`, and each field's meaning in Dutch for
 * the schema and the open-data page alike. A test holds the descriptions to the schema's fields, so a
 * field added to the record without a description fails the build's tests, not a reader.
 */
import { z } from "zod";
import { openDataRecordSchema } from "./open-data.ts";

/** What each field of a published record means, in the order of the record. */
export const FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  id: "De officiële aanduiding van het document: ah (Aanhangsel), de Kamer (tk of ek), het vergaderjaar en het nummer, zoals ah-tk-20232024-1771.",
  house: "De Kamer: tk (Tweede Kamer) of ek (Eerste Kamer).",
  sessionYear: "Het vergaderjaar, zoals 2023-2024.",
  number: "Het nummer in het Aanhangsel van de Handelingen van dat vergaderjaar.",
  kind: "antwoord (de antwoorden op de vragen) of mededeling (een bericht dat het antwoord later komt).",
  zaak: "Het zaaknummer van de Kamer (zoals 2021Z09739), dat de vragen, hun uitstelberichten en het antwoord delen; null als de bron het niet geeft.",
  subject: "Het onderwerp, zoals gedrukt na «over»; null als de bron het niet noemt (zie unstated).",
  askers:
    "De vragenstellers: naam en partij zoals gedrukt, de volledige naam waar een tweede bron die geeft (fullName), en de partij onder de naam waarop de site groepeert (canonicalParty).",
  addressees: "Aan wie de vragen gericht waren, zoals gedrukt.",
  submitted: "De datum waarop de vragen werden ingezonden (JJJJ-MM-DD), of null.",
  answered: "De datum waarop het antwoord of de mededeling werd ontvangen (JJJJ-MM-DD), of null.",
  respondents: "Wie antwoordde: functie, naam en portefeuille.",
  onBehalfOf: "Namens wie mede werd geantwoord, zoals gedrukt.",
  ministries: "Elk ministerie waaraan de vragen gericht waren of dat antwoordde, één keer, met een vaste id, naam en afkorting.",
  topics: "De beleidsonderwerpen waaronder de uitgever het document indeelde; leeg als de bron ze niet geeft.",
  questions: "De vragen: nummer, de nummers die een samengevoegde vraag dekt (covers), en de tekst.",
  answers: "De antwoorden: de nummers van de vragen die ze beantwoorden, en de tekst.",
  notice: "De tekst van een mededeling, of null.",
  footnotes: "De voetnoten: nummer en tekst.",
  seeAlso: "De documenten die het document onder «Zie ook» noemt, met hun id.",
  unstated: "De velden die de bron niet vermeldt, zodat leeg daar onbekend betekent en niet geen; alleen aanwezig als er zulke velden zijn.",
  doubts: "Wat bij het lezen van de bron opviel en mis kan zijn: code, melding en waar mogelijk regel en pagina in de bron.",
  provenance:
    "Waar het document is opgehaald: de officiële publicatie, de versie en de wijzigingsdatum bij de uitgever, de adressen van de bestanden en wanneer ze zijn opgehaald; alleen bij opgehaalde documenten.",
  source: "Waaruit het document gelezen is: de bestandsnaam en de vorm (xml, html, pdf, markdown of text).",
  answerDays: "Het aantal kalenderdagen van inzending tot antwoord, of null als een datum ontbreekt.",
  links: "Waar het document staat: de pagina op deze site, dit record als JSON en de officiële publicatie.",
  groups: "De overzichten waarin het document staat, per soort: leden, partijen, ministeries en onderwerpen, elk met naam, slug en adres.",
};

/** One row of the field table on the open-data page: a field, its JSON type, its meaning. */
export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

/** The JSON Schema (draft 2020-12) of one published record, with the fields' descriptions. */
export function recordJsonSchema(id: string): Record<string, unknown> {
  const schema = z.toJSONSchema(openDataRecordSchema, { io: "output", target: "draft-2020-12" }) as Record<string, unknown> & JsonSchema;
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, value]) => [name, { ...value, description: FIELD_DESCRIPTIONS[name] }]),
  );
  return { $id: id, title: "Kamervragen: een record", ...schema, properties };
}

/** The fields of a published record, for the open-data page. */
export function fieldRows(): FieldRow[] {
  const schema = z.toJSONSchema(openDataRecordSchema, { io: "output" }) as JsonSchema;
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, value]) => ({
    name,
    type: typeName(value),
    required: required.has(name),
    description: FIELD_DESCRIPTIONS[name] ?? "",
  }));
}

/** `string`, `string of null`, `lijst`, `object`, a choice of values: the type as a reader needs it. */
function typeName(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeName).join(" of ");
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (Array.isArray(schema.type)) return schema.type.join(" of ");
  switch (schema.type) {
    case "array":
      return schema.items ? `lijst van ${typeName(schema.items)}` : "lijst";
    case "object":
      return "object";
    case "integer":
      return "geheel getal";
    case undefined:
      return "waarde";
    default:
      return schema.type;
  }
}
