/**
 * Every piece of Dutch interface text the site shows, in one place. Templates read it as the global
 * `labels`; the markdown factory passes the footnote texts to its footnote plugin.
 */

/** Joins items the Dutch way: `4 en 5`, `4, 5 en 6`. */
export function joinDutch(items: readonly (string | number)[]): string {
  return new Intl.ListFormat("nl", { style: "long", type: "conjunction" }).format(items.map(String));
}

export const labels = {
  siteName: "Kamervragen",
  siteDescription:
    "Schriftelijke vragen van Kamerleden en de antwoorden van de regering, uit het Aanhangsel van de Handelingen.",
  skipLink: "Naar de inhoud",
  mainNavigation: "Hoofdmenu",
  allDocuments: "Alle documenten",
  homeHeading: "Kamervragen en antwoorden",
  homeIntro:
    "Schriftelijke vragen van leden van de Tweede Kamer met de antwoorden van de regering, nieuwste eerst.",
  footer:
    "Bron: het Aanhangsel van de Handelingen op officielebekendmakingen.nl. Officiële publicaties zijn vrij van auteursrecht (Auteurswet, artikel 11).",

  /** Document metadata (`<dl>`). */
  number: "Nummer",
  sessionYear: "Vergaderjaar",
  asker: "Vragensteller",
  askers: "Vragenstellers",
  addressees: "Gericht aan",
  respondents: { antwoord: "Beantwoord door", mededeling: "Mededeling van" },
  onBehalfOf: "Mede namens",
  submitted: "Ingezonden",
  answered: { antwoord: "Antwoord ontvangen", mededeling: "Mededeling ontvangen" },
  officialPublication: "Officiële publicatie",
  officialPublicationLink: (id: string) => `${id} op officielebekendmakingen.nl`,
  seeAlso: "Zie ook",
  documentId: "Kenmerk",

  /** Questions and answers. */
  question: (numbers: readonly number[]) => `Vraag ${joinDutch(numbers)}`,
  answer: (numbers: readonly number[]) => `Antwoord ${joinDutch(numbers)}`,
  answeredIn: "Beantwoord in",
  notice: "Mededeling",

  /** Page titles and descriptions. */
  documentTitle: (subject: string, id: string) => `${subject} — Kamervragen ${id}`,
  documentDescription: (d: {
    askers: string;
    subject: string;
    kind: "antwoord" | "mededeling";
    respondents: readonly string[];
    answered: string | null;
  }) => {
    const asked = d.askers ? `Schriftelijke vragen van ${d.askers} over ${d.subject}` : `Schriftelijke vragen over ${d.subject}`;
    if (d.respondents.length === 0) return `${asked}.`;
    const by = d.kind === "antwoord" ? "met het antwoord van" : "met een mededeling van";
    return `${asked}, ${by} ${joinDutch(d.respondents)}${d.answered ? `, ontvangen ${d.answered}` : ""}.`;
  },

  /** Footnotes: see ACCESSIBILITY.md, "Footnotes". */
  footnotes: {
    heading: "Voetnoten",
    reference: "Voetnoot",
    backReference: "Terug naar verwijzing",
  },
} as const;

export type Labels = typeof labels;
