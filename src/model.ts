/**
 * The normalized Kamervraag record: one schema that every reader's output is validated against, and the
 * interface other tools read (field names are fixed; see the README's "record" section).
 */
import { z } from "zod";

/** ISO 8601 calendar date (Europe/Amsterdam, never shifted by a time zone). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO 8601 date (YYYY-MM-DD)")
  .refine((value) => {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, "not a calendar date");

export const HOUSES = ["tk", "ek"] as const;
export const KINDS = ["antwoord", "mededeling"] as const;
export const SOURCE_FORMATS = ["markdown", "text", "pdf", "xml", "html"] as const;

export const askerSchema = z.object({
  /** The name as printed: usually the surname alone (`De Jong`). */
  name: z.string().min(1),
  /**
   * The name in full where a second witness gives it (the publisher's metadata: `Romke de Jong`,
   * `S.P.R.A. van Weyenberg`); absent otherwise. The member is still filed under the surname.
   */
  fullName: z.string().min(1).optional(),
  /** The party as printed. */
  party: z.string().min(1),
  /** The party under the one name the site groups by (`GL` and `GroenLinks` are `GroenLinks`). */
  canonicalParty: z.string().min(1),
});

/** A ministry addressed or answering, under its one canonical name (src/normalize/ministries.ts). */
export const ministrySchema = z.object({
  /** A known ministry's short id (`jenv`, also the readable part of its URL), or `?` and the compared form of an unknown name. */
  id: z.string().min(1),
  /** The canonical name, without `Ministerie van`: `Justitie en Veiligheid`; an unknown one as printed. */
  name: z.string().min(1),
  /** The official abbreviation (`JenV`), or null for a name that is not in the list. */
  abbreviation: z.string().nullable(),
  /** False for a name kept as printed because it is not in the list. */
  known: z.boolean(),
});

export const respondentSchema = z.object({
  role: z.string().min(1),
  name: z.string().min(1),
  portfolio: z.string().nullable(),
});

export const questionSchema = z.object({
  number: z.number().int().positive(),
  /** Every number a grouped heading (`Vraag 2 en 3`) names; absent for a single question. */
  covers: z.array(z.number().int().positive()).min(2).optional(),
  text: z.string(),
});

export const answerSchema = z.object({
  questions: z.array(z.number().int().positive()).min(1),
  text: z.string(),
});

/** What a source may leave unsaid: the ministry's answer letter does not repeat the question sentence. */
export const UNSTATED_FIELDS = ["subject", "askers", "addressees", "submitted"] as const;

/** A doubt about the record that a reader should know of: a warning of its source, in the reader's words elsewhere. */
export const doubtSchema = z.object({
  code: z.string().min(1),
  message: z.string().min(1),
  line: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
});

/**
 * Where a fetched document came from (src/fetch/ writes it as `provenance.json` beside the document):
 * the publisher's official publication, the version and modification date the repository gave, the
 * addresses of the files by manifestation, and when they were fetched.
 */
export const provenanceSchema = z.object({
  officialUrl: z.url(),
  version: z.string().nullable(),
  modified: z.string().nullable(),
  itemUrls: z.record(z.string(), z.string()),
  fetchedAt: z.string(),
});

export const footnoteSchema = z.object({
  number: z.number().int().positive(),
  text: z.string().min(1),
});

export const recordSchema = z
  .object({
    id: z.string().regex(/^ah-(tk|ek)-\d{8}-\d+$/, "expected an id like ah-tk-20202021-2290"),
    house: z.enum(HOUSES),
    sessionYear: z.string().regex(/^\d{4}-\d{4}$/, "expected a vergaderjaar like 2020-2021"),
    number: z.number().int().positive(),
    kind: z.enum(KINDS),
    /**
     * The Kamer's case number of the question (`2021Z09739`), which the question, its postponement
     * notices and its answer share; null when the source does not give it.
     */
    zaak: z
      .string()
      .regex(/^\d{4}Z\d{5}$/u, "expected a Zaak number like 2021Z09739")
      .nullable()
      .default(null),
    /** The subject as printed after «over»; null when the source does not say it (see `unstated`). */
    subject: z.string().min(1).nullable(),
    askers: z.array(askerSchema),
    addressees: z.array(z.string().min(1)),
    submitted: isoDate.nullable(),
    answered: isoDate.nullable(),
    respondents: z.array(respondentSchema),
    onBehalfOf: z.array(z.string().min(1)),
    /** Every ministry the document was addressed to or answered by, once each, in the document's order. */
    ministries: z.array(ministrySchema),
    /** The policy topics the publisher filed the document under (`Sociale zekerheid | Organisatie en beleid`). */
    topics: z.array(z.string().min(1)).default([]),
    questions: z.array(questionSchema),
    answers: z.array(answerSchema),
    notice: z.string().nullable(),
    footnotes: z.array(footnoteSchema),
    seeAlso: z.array(z.string().regex(/^ah-(tk|ek)-\d{8}-\d+$/)),
    /**
     * The fields this document's source does not state, so empty or null because unknown rather than
     * because there are none; absent when the source states them all.
     */
    unstated: z.array(z.enum(UNSTATED_FIELDS)).min(1).optional(),
    /**
     * The warnings of the published form's source, its publisher's metadata and the comparison of its
     * forms: what may be wrong in this record. Set by the corpus loader for every published record.
     */
    doubts: z.array(doubtSchema).optional(),
    /** Where the document was fetched from, when it was fetched (src/fetch/); absent otherwise. */
    provenance: provenanceSchema.optional(),
    source: z.object({
      path: z.string().min(1),
      format: z.enum(SOURCE_FORMATS),
    }),
  })
  .superRefine((record, ctx) => {
    const [first, second] = record.sessionYear.split("-").map(Number) as [number, number];
    if (second !== first + 1) {
      ctx.addIssue({ code: "custom", path: ["sessionYear"], message: "years must be consecutive" });
    }
    if (record.id !== `ah-${record.house}-${first}${second}-${record.number}`) {
      ctx.addIssue({ code: "custom", path: ["id"], message: "id must agree with house, sessionYear and number" });
    }
  });

export type Asker = z.infer<typeof askerSchema>;
/** An asker as the document prints them, before the normalizer adds the canonical party. */
export type PrintedAsker = Pick<Asker, "name" | "party" | "fullName">;
export type Ministry = z.infer<typeof ministrySchema>;
export type Respondent = z.infer<typeof respondentSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Footnote = z.infer<typeof footnoteSchema>;
export type Doubt = z.infer<typeof doubtSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type UnstatedField = (typeof UNSTATED_FIELDS)[number];
export type KamervraagRecord = z.infer<typeof recordSchema>;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];
export type Kind = (typeof KINDS)[number];

/** How bad a problem is: an error means the record is incomplete or untrustworthy. */
export type Severity = "error" | "warning";

/**
 * A problem found in a source file, as a value: the edge of the program decides whether to print it,
 * publish the document anyway or fail the build.
 */
export interface Diagnostic {
  file: string;
  /** 1-based line in the source file, when the problem has one. */
  line?: number;
  /** 1-based page, for sources that have pages. */
  page?: number;
  severity: Severity;
  /** Stable machine-readable code, e.g. `footnote-undefined`. */
  code: string;
  message: string;
  hint?: string;
}

/** What normalizing one file yields: a record when one could be built, and every problem found. */
export interface NormalizeResult {
  record: KamervraagRecord | null;
  diagnostics: Diagnostic[];
}

/** Formats a diagnostic the way compilers do: `file:line: error code: message (hint)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.line ? `${d.file}:${d.line}` : d.file}${d.page ? ` (page ${d.page})` : ""}`;
  const hint = d.hint ? `\n    hint: ${d.hint}` : "";
  return `${where}: ${d.severity} ${d.code}: ${d.message}${hint}`;
}
