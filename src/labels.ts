/**
 * Every piece of Dutch interface text the site shows, in one place. Templates read it as the global
 * `labels`; the markdown factory passes the footnote texts to its footnote plugin.
 */

/**
 * Joins items the Dutch way: `4 en 5`, `4, 5 en 6`, as `Intl.ListFormat("nl")` does (a test holds the
 * two together). Written out because every page joins names and numbers many times, and the formatter
 * takes ten times as long.
 */
export function joinDutch(items: readonly (string | number)[]): string {
  if (items.length < 2) return items.length === 0 ? "" : String(items[0]);
  return `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;
}

const DUTCH_NUMBER = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const DUTCH_PERCENT = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 0 });

/** `1 dag`, `21 dagen`, `45,5 dagen`. */
function days(n: number): string {
  return `${DUTCH_NUMBER.format(n)} ${n === 1 ? "dag" : "dagen"}`;
}

/** `1 document`, `15 documenten`. */
function documentCount(n: number): string {
  return `${DUTCH_NUMBER.format(n)} ${n === 1 ? "document" : "documenten"}`;
}

/**
 * The names of the ways into the corpus (src/site/facets.ts), singular and plural; `inText` as a
 * sentence names it (`met filters op partij, Kamerlid en soort`).
 */
const counted = (one: string, many: string) => (n: number) => `${DUTCH_NUMBER.format(n)} ${n === 1 ? one : many}`;
const facets = {
  year: { one: "Vergaderjaar", many: "Vergaderjaren", by: "Per vergaderjaar", count: counted("vergaderjaar", "vergaderjaren"), inText: "vergaderjaar" },
  party: { one: "Partij", many: "Partijen", by: "Per partij", count: counted("partij", "partijen"), inText: "partij" },
  member: { one: "Kamerlid", many: "Kamerleden", by: "Per Kamerlid", count: counted("Kamerlid", "Kamerleden"), inText: "Kamerlid" },
  ministry: { one: "Ministerie", many: "Ministeries", by: "Per ministerie", count: counted("ministerie", "ministeries"), inText: "ministerie" },
  topic: { one: "Onderwerp", many: "Onderwerpen", by: "Per onderwerp", count: counted("onderwerp", "onderwerpen"), inText: "onderwerp" },
  kind: { one: "Soort", many: "Soorten", by: "Per soort", count: counted("soort", "soorten"), inText: "soort" },
} as const;

export const labels = {
  siteName: "Kamervragen",
  siteDescription: "Schriftelijke vragen van Kamerleden en de antwoorden van de regering, uit het Aanhangsel van de Handelingen.",
  skipLink: "Naar de inhoud",
  mainNavigation: "Hoofdmenu",
  start: "Start",
  allDocuments: "Alle documenten",
  homeHeading: "Kamervragen en antwoorden",
  homeIntro: "Schriftelijke vragen van leden van de Tweede Kamer met de antwoorden van de regering, nieuwste eerst.",
  footer: "Bron: het Aanhangsel van de Handelingen op officielebekendmakingen.nl. Officiële publicaties zijn vrij van auteursrecht (Auteurswet, artikel 11).",

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
  /** Where a fetched document came from (its record's `provenance`). */
  provenance: {
    term: "Versie bij de uitgever",
    value: (version: string | null, modified: string | null, fetched: string | null) =>
      [
        version !== null ? `versie ${version}` : "versie onbekend",
        modified !== null ? `gewijzigd op ${modified}` : null,
        fetched !== null ? `opgehaald op ${fetched}` : null,
      ]
        .filter((part) => part !== null)
        .join(", "),
  },
  seeAlso: "Zie ook",
  documentId: "Kenmerk",

  /** Questions and answers. */
  question: (numbers: readonly number[]) => `Vraag ${joinDutch(numbers)}`,
  answer: (numbers: readonly number[]) => `Antwoord ${joinDutch(numbers)}`,
  answeredIn: "Beantwoord in",
  notice: "Mededeling",

  /** Page titles and descriptions. */
  /** The title of a document whose source does not say its subject (a ministry's answer letter). */
  untitledDocument: (kind: "antwoord" | "mededeling", number: number, sessionYear: string) =>
    `${kind === "antwoord" ? "Antwoord op schriftelijke vragen" : "Mededeling over schriftelijke vragen"}, Aanhangsel nr. ${number} (${sessionYear})`,
  documentTitle: (subject: string, id: string) => `${subject} — Kamervragen ${id}`,
  documentDescription: (d: {
    askers: string;
    subject: string | null;
    kind: "antwoord" | "mededeling";
    respondents: readonly string[];
    answered: string | null;
  }) => {
    const asked = `Schriftelijke vragen${d.askers ? ` van ${d.askers}` : ""}${d.subject !== null ? ` over ${d.subject}` : ""}`;
    if (d.respondents.length === 0) return `${asked}.`;
    const by = d.kind === "antwoord" ? "met het antwoord van" : "met een mededeling van";
    return `${asked}, ${by} ${joinDutch(d.respondents)}${d.answered ? `, ontvangen ${d.answered}` : ""}.`;
  },

  /** Answer times (src/site/answer-time.ts). */
  days,
  documentCount,
  answerTime: (n: number, kind: "antwoord" | "mededeling", within: boolean) =>
    `${kind === "antwoord" ? "Beantwoord na" : "Mededeling na"} ${days(n)}: ${
      within ? "binnen de drie weken" : "later dan de drie weken"
    } die het Reglement van Orde van de Tweede Kamer voor een antwoord geeft.`,
  stats: {
    documents: "Documenten",
    median: "Mediane antwoordtijd",
    withinDeadline: "Binnen drie weken beantwoord",
    withinDeadlineValue: (within: number, measured: number, share: number) =>
      `${DUTCH_NUMBER.format(within)} van ${DUTCH_NUMBER.format(measured)} (${DUTCH_PERCENT.format(share)})`,
    /** A line for an index entry: `12 documenten · mediaan 42 dagen · 25% binnen drie weken`. */
    summary: (documents: number, medianDays: number | null, share: number | null) =>
      [
        documentCount(documents),
        ...(medianDays === null ? [] : [`mediaan ${days(medianDays)}`]),
        ...(share === null ? [] : [`${DUTCH_PERCENT.format(share)} binnen drie weken`]),
      ].join(" · "),
  },

  /** Browsing: the facets, their index pages and listings. */
  facets,
  facetIntro: {
    year: "Documenten per vergaderjaar. Een vergaderjaar loopt van Prinsjesdag tot de dag voor de volgende Prinsjesdag.",
    party: "Documenten per partij van de vragenstellers. Vragen van leden van verschillende partijen staan bij elke partij.",
    member: "Documenten per Kamerlid dat de vragen stelde. Leden met dezelfde naam maar een andere partij staan apart.",
    ministry:
      "Documenten per ministerie waaraan de vragen gericht zijn of dat antwoordt. Een minister zonder eigen ministerie (zoals de Minister voor Klimaat en Energie) staat bij het ministerie waar die onder valt.",
    topic:
      "Documenten per beleidsonderwerp, zoals de officiële publicatie ze indeelt: een hoofdonderwerp en een onderwerp daarbinnen. Een document kan onder meer dan één onderwerp staan.",
    kind: "Documenten met het antwoord van de regering, en mededelingen waarin de regering laat weten dat het antwoord later of elders komt.",
  },
  kinds: {
    antwoord: { name: "Antwoorden", description: "Vragen met het antwoord van de regering." },
    mededeling: {
      name: "Mededelingen",
      description:
        "Vragen waarop de regering een mededeling stuurde in plaats van een antwoord, bijvoorbeeld omdat het antwoord later komt of in een brief staat.",
    },
  },
  yearTitle: (year: string) => `Vergaderjaar ${year}`,
  ministryTitle: (name: string, known: boolean) => (known ? `Ministerie van ${name}` : name),
  /**
   * A policy topic as the site shows it: the publisher's `Sociale zekerheid | Organisatie en beleid` as
   * `Sociale zekerheid: Organisatie en beleid`. A screen reader skips the bar or reads it as «verticale
   * streep»; the subtopic keeps its capital, since lower-casing it would misspell names such as
   * `Internationaal: Europese zaken`.
   */
  topicName: (main: string, sub: string | null) => (sub === null ? main : `${main}: ${sub.split(" | ").join(": ")}`),
  /** Under the heading of a topic's listing. */
  topicIntro: "Documenten die de officiële publicatie onder dit beleidsonderwerp indeelt.",
  /** The description of a topic's listing pages (the other listings': `VVD: 12 documenten, nieuwste eerst.`). */
  topicDescription: (topic: string, summary: string) => `Kamervragen over ${topic}. ${summary}`,
  /** On the topics' index: the documents that are in none of its lists. */
  withoutTopic: (without: number, total: number) =>
    `Van ${DUTCH_NUMBER.format(without)} van de ${documentCount(total)} is geen onderwerp bekend; ${without === 1 ? "dat staat" : "die staan"} in geen van deze lijsten.`,
  unknownMinistry: "Deze naam staat niet in de lijst van ministeries van deze site en is overgenomen zoals hij in de documenten staat.",
  listingTitle: (title: string, section: string | null, page: number, pages: number) =>
    `${title}${pages > 1 ? ` (pagina ${page} van ${pages})` : ""}${section ? ` — ${section}` : ""} — Kamervragen`,
  listingSummary: (total: number, first: number, last: number, pages: number) =>
    total === 0
      ? "Er zijn nog geen documenten."
      : pages > 1
        ? `${documentCount(total)}, nieuwste eerst. Op deze pagina: ${first} tot en met ${last}.`
        : `${documentCount(total)}, nieuwste eerst.`,

  /** The jump links above a long index, one per initial letter. */
  letters: "Naar beginletter",
  /** Pagination (`<nav>`). */
  pagination: {
    label: "Paginering",
    previous: "Vorige",
    next: "Volgende",
    page: "Pagina",
    gap: "…",
  },

  /** The home page. */
  latest: (shown: number, total: number) =>
    shown < total ? `De ${shown} nieuwste van ${documentCount(total)}.` : `Alle ${documentCount(total)}, nieuwste eerst.`,
  allDocumentsLink: (total: number) => `Alle ${documentCount(total)}`,
  waysIn: "Bladeren",

  /** What a document's page says about the record's reliability (src/site/caution.ts). */
  caution: {
    heading: "Over deze tekst",
    intro: "Deze pagina is automatisch gemaakt uit de bron van het document. Daarbij viel het volgende op:",
    check: "Twijfelt u, lees dan de officiële publicatie:",
    unstated: (fields: string) =>
      `De bron van dit document is de antwoordbrief van het ministerie. Die vermeldt niet ${fields}; die gegevens ontbreken daarom hier.`,
    fields: {
      subject: "het onderwerp",
      askers: "wie de vragen stelde",
      addressees: "aan wie de vragen gericht waren",
      submitted: "wanneer de vragen werden ingezonden",
    },
    kinds: {
      footnotes: "Een voetnoot kon niet zeker bij de tekst worden geplaatst, of een voetnoot ontbreekt.",
      unanswered: "Bij een vraag is geen antwoord gevonden.",
      numbering: "De nummering van de vragen en antwoorden wijkt af; ze staan hier zoals ze gedrukt zijn.",
      empty: "Een vraag of antwoord heeft geen tekst.",
      unplaced: "Een stuk tekst hoorde bij geen vraag of antwoord.",
      closing: "Een toelichting aan het eind staat hier bij het laatste antwoord.",
      nameCorrected: "Een naam die in de bron aaneengeschreven stond, is verbeterd met een tweede bron.",
      sources: "De bronnen van dit document spreken elkaar op een punt tegen.",
      spelling: "Een partij- of ministerienaam is anders gespeld dan gebruikelijk.",
      words: "Woorden die in de bron aan elkaar vastzaten, zijn mogelijk niet overal goed gescheiden.",
      other: "Bij het lezen van de bron viel iets op dat een mens zou moeten nakijken.",
    },
  },

  /** Links from a document page to the listings it is in. */
  moreDocuments: "Meer documenten",
  parties: { one: "Partij", many: "Partijen" },
  ministries: { one: "Ministerie", many: "Ministeries" },
  recordJson: "De gegevens van dit document (JSON)",
  /** The footer's link to /records.json: a file name alone says little out of context (WCAG 2.4.4). */
  recordsJson: "De gegevens van alle documenten (JSON)",
  /** The head of records.json (content/records-index.11ty.ts). */
  openDataIndex: {
    title: "Kamervragen: de gegevens",
    description:
      "Schriftelijke vragen van Kamerleden en de antwoorden van de regering, uit het Aanhangsel van de Handelingen, één record per document, per vergaderjaar.",
    licence: "CC0 1.0: de gegevens zijn vrij van rechten; de teksten zelf zijn openbaar (Auteurswet, artikel 11).",
    licenceUrl: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
  },
  /** The footer's link to the page that explains the open data (content/open-data.njk). */
  openDataPage: "Uitleg bij de gegevens",

  /** Feeds (Atom, and RSS for the site-wide one) and their pages. */
  feeds: {
    siteTitle: "Kamervragen",
    siteSubtitle: "Schriftelijke vragen van Kamerleden en de antwoorden van de regering, nieuwste eerst.",
    groupTitle: (title: string) => `Kamervragen: ${title}`,
    groupSubtitle: (title: string) => `Schriftelijke vragen en antwoorden: ${title}, nieuwste eerst.`,
    author: "Kamervragen",
    linkTitle: (title: string) => `Atom-feed: ${title}`,
    /** A topic's feed, whose name has a colon of its own (`Sociale zekerheid: Organisatie en beleid`). */
    topicTitle: (topic: string) => `Kamervragen over ${topic}`,
    topicSubtitle: (topic: string) => `Schriftelijke vragen en antwoorden over ${topic}, nieuwste eerst.`,
    topicLinkTitle: (topic: string) => `Atom-feed over ${topic}`,
    /** The RSS twin of the site-wide feed, as the home page's head names it. */
    rssLinkTitle: (title: string) => `RSS-feed: ${title}`,
    /** The links from a listing and from the home page to the feed's page. */
    subscribe: "Volg deze lijst met een feedlezer",
    subscribeAll: "Volg alle nieuwe documenten met een feedlezer",
    /** A feed's page (`/feed/`, `/partij/vvd/feed/`): what the feed is and how to follow it. */
    pageTitle: (title: string) => `Feed «${title}» — Kamervragen`,
    pageHeading: (title: string) => `Feed «${title}»`,
    pageIntro:
      "Een feed is een lijst van de nieuwste documenten die een feedlezer voor u bijhoudt. Volgt u deze feed, dan verschijnt elk nieuw document vanzelf in uw feedlezer, zonder dat u deze site hoeft te bezoeken.",
    pageContents: (entries: number, fullText: number) =>
      `De feed bevat tot ${entries} van de nieuwste documenten: van de ${fullText} nieuwste de hele tekst, van de andere een samenvatting en de link naar hun pagina.`,
    howTo: "Zo volgt u deze feed",
    copyAddress: "Kopieer het adres van de feed:",
    pasteAddress: "Plak dat adres in uw feedlezer, bij «Feed toevoegen», «Abonneren» of «Subscribe».",
    readers:
      "Feedlezers zijn er als app en als website, bijvoorbeeld Thunderbird (ook een e-mailprogramma), NetNewsWire (Mac, iPhone en iPad), Feeder (Android), Feedly en Inoreader.",
    rssAddress: "Kan uw feedlezer niets met deze feed (een Atom-feed)? Gebruik dan dit adres, van dezelfde feed als RSS-feed:",
    openAtom: "De feed zelf, voor feedlezers (Atom)",
    openRss: "De feed zelf, voor feedlezers (RSS)",
    latestHeading: "Nieuwste documenten in deze feed",
    /** The link from a group's feed page to its listing. */
    pageBack: (title: string) => `Alle documenten van ${title}`,
    topicPageBack: (topic: string) => `Alle documenten over ${topic}`,
  },
  openData: "Open data",

  /** The accessibility statement (content/toegankelijkheid.njk holds its text) and its footer link. */
  accessibility: {
    title: "Toegankelijkheidsverklaring",
    footerLink: "Toegankelijkheidsverklaring",
  },

  /** How to report an error in a document (content/fout-melden.njk), and the links to it. */
  reportError: {
    title: "Een fout in een document melden",
    footerLink: "Een fout melden",
    cautionLink: "Ziet u een fout? Meld het.",
  },

  /** The page for an address that does not exist (404.html). */
  notFound: {
    title: "Pagina niet gevonden",
    intro: "Op dit adres staat geen pagina. Misschien is de link verouderd, of is het adres niet helemaal goed overgenomen.",
    documentHint: "Elk document heeft een vast adres dat eindigt op zijn kenmerk, bijvoorbeeld …/ah-tk-20232024-1771/.",
    next: "Verder zoeken",
    home: "Naar de startpagina met de nieuwste documenten",
  },

  /**
   * Search: the page /zoeken/, the search field in the header, and the texts the page's script
   * (assets/search.js) shows. `client` holds only strings, since the page hands them to the script as
   * JSON; `{count}`, `{query}`, `{value}`, `{documents}` are filled in there (assets/search-core.js).
   */
  search: {
    title: "Zoeken",
    heading: "Zoeken in alle documenten",
    intro:
      "Zoek in de vragen, de antwoorden en de voetnoten van alle documenten. Ook andere vormen van een woord worden gevonden: wie zoekt op «gemeenten» vindt ook «gemeente».",
    /** The link from the home page to the search page. */
    homeLink: (filters: ReadonlyArray<{ key: keyof typeof facets }>) =>
      `Zoeken in alle documenten, met filters op ${joinDutch(filters.map((filter) => facets[filter.key].inText))}`,
    /** The header's search field: its label (visually hidden; the button says what it does). */
    headerLabel: "Zoeken in alle documenten",
    fieldLabel: "Zoekterm",
    button: "Zoeken",
    /** The first option of a filter that is a select: no choice made. */
    anyValue: { member: "Alle Kamerleden", ministry: "Alle ministeries", topic: "Alle onderwerpen" },
    /** Shown until the script runs: without JavaScript there is no search, but the lists remain. */
    noScript: "Zoeken werkt alleen met JavaScript, en dat staat in uw browser uit of kon niet laden. Alle documenten zijn ook te vinden via de lijsten:",
    client: {
      unavailable: "Zoeken lukt nu niet. Alle documenten zijn ook te vinden via de lijsten hieronder.",
      filterOption: "{value} ({count})",
      sortLabel: "Volgorde",
      sortNewest: "Nieuwste eerst",
      sortRelevance: "Beste overeenkomst eerst",
      sortOldest: "Oudste eerst",
      resultsHeading: "Resultaten",
      documentsNone: "Geen documenten",
      documentsOne: "1 document",
      documentsMany: "{count} documenten",
      summaryQuery: "{documents} gevonden voor «{query}».",
      summaryQueryFiltered: "{documents} gevonden voor «{query}» met de gekozen filters.",
      summaryFiltered: "{documents} met de gekozen filters.",
      /**
       * After the summary when a search sorted by date has read only the newest (or oldest) years of
       * a large archive so far; `{years}` is `2021–2026`.
       */
      scopeEarlier: "Doorzocht zijn de documenten uit {years}; «Meer resultaten tonen» zoekt verder in eerdere jaren.",
      scopeLater: "Doorzocht zijn de documenten uit {years}; «Meer resultaten tonen» zoekt verder in latere jaren.",
      emptyQuery: "Typ een zoekterm of kies een filter.",
      date: "Datum",
      askers: "Vragen van",
      /** After the subject of a result whose subject another result shares, for screen readers. */
      documentId: "kenmerk",
      more: "Meer resultaten tonen (nog {count})",
      /** The same button while years remain to be searched, so how many more is not known yet. */
      moreUnknown: "Meer resultaten tonen",
      /** What a result's date is. */
      dateAnswered: "Beantwoord op",
      dateNotice: "Mededeling van",
      dateSubmitted: "Ingezonden op",
      ministry: "Ministerie",
      ministries: "Ministeries",
      number: "Nummer",
      /** A document's vergaderjaar and number, as the Handelingen cite it: `2023–2024 nr. 1771`. */
      numberText: "{year} nr. {number}",
      /** The button beside the count that shows the filters and the order, and the same when some are chosen. */
      filtersButton: "Filters en volgorde",
      filtersChosen: "Filters en volgorde ({count} gekozen)",
      /** A query that found documents only by the start of a word of it (`vuurwrek` by `v`), not by its words. */
      noExact: "Geen exacte treffers voor «{query}».",
      /** Before the nearest words the index knows, each a link that searches for it; `?` after them. */
      suggest: "Bedoelt u",
      or: "of",
      /** A query that is a document's number (`2023–2024 nr. 1771`, `ah-tk-20232024-1771`) or its zaak (`2024Z01234`). */
      referenceFound: "Document {reference} gevonden.",
      referencesFound: "{count} documenten {reference} gevonden.",
      referenceMissing: "Geen document {reference} op deze site.",
      zaak: "bij zaak {zaak}",
      goTo: "Ga naar document {reference}",
    },
  },

  /** Footnotes (src/markdown/footnotes.ts). */
  footnotes: {
    heading: "Voetnoten",
    reference: "Voetnoot",
    backReference: "Terug naar verwijzing",
  },
} as const;

export type Labels = typeof labels;
