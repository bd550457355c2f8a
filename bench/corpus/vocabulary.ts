/**
 * The words the corpus generator writes with: members' names (prefixes, double names, diacritics),
 * parties and ministries of their time, news outlets, places, and topics with their own nouns, compound
 * words and headlines. Invented combinations of real-sounding Dutch, not real questions.
 */

/** Surnames; prefixes and double names are added by the generator. */
export const SURNAMES: readonly string[] = [
  "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
  "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
  "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
  "van der Veen", "van den Broek", "de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek",
  "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal",
  "Prins", "Blom", "Huisman", "Peeters", "de Jong", "Kuipers", "van Veen", "Post", "Kuiper", "Veenstra",
  "Kramer", "van den Brink", "Scholten", "van Wijk", "Postma", "Martens", "Vink", "de Ruiter", "Timmermans",
  "Groen", "Gerritsen", "Jonker", "van Loon", "Boer", "van der Velde", "Willemsen", "Claassen", "Evers",
  "Koning", "Wouters", "Verbeek", "Bosman", "Sanders", "Hermans", "Mertens", "Koopman", "Zwart", "Brink",
  "Boswijk", "Ceder", "Bikker", "Omtzigt", "Kröger", "Bromet", "Kostić", "Ploumen", "Sjoerdsma", "Kuzu",
  "Özütok", "Çelik", "Gündoğan", "Ünver", "Yeşilgöz", "Aartsen", "Agema", "Asscher", "Beertema", "Becker",
  "Bisschop", "Bruins", "Dassen", "Dobbe", "Eerdmans", "Futselaar", "Grinwis", "Haverkort", "Heerma",
  "Hijink", "Inge", "Jasper", "Kathmann", "Kerseboom", "Krul", "Kwint", "Leijten", "Lodders", "Maeijer",
  "Mutluer", "Nijboer", "Paternotte", "Piri", "Podt", "Raemakers", "Rajkowski", "Sneller", "Stoffer",
  "Tellegen", "Thijssen", "Tielen", "Valstar", "Vijlbrief", "Wassenberg", "Westerveld", "Wuite", "Ziengs",
  "Zeedijk", "Hamer", "Halsema", "Rouvoet", "Slob", "Voordewind", "Verhagen", "Heerts", "Depla", "Vendrik",
  "Weekers", "Zijlstra", "Atsma", "Snijder-Hazelhoff", "Faber-van de Klashorst", "Van der Wal-Zeggelink",
  "Wiersma", "Graus", "Fritsma", "Bosma", "Madlener", "Helder", "Markuszower", "Dijkhoff", "Ellian",
  "Michon-Derkzen", "Van Haga", "Van Kooten-Arissen", "Kops", "Karabulut", "Van Nispen", "Van Raan",
  "Teunissen", "Ouwehand", "Van Esch", "Azarkan", "Van Baarle", "Öztürk", "Simons", "Gündoğan", "Eppink",
  "Van Meijeren", "Jetten", "Klaver", "Marijnissen", "Roemer", "Pechtold", "Zalm", "Sybrandy", "Kant",
];

/** Name prefixes that precede a surname, capitalised when the surname stands alone. */
export const NAME_PREFIXES: readonly string[] = ["Van", "De", "Van der", "Van den", "Ter", "Van de", "Den", "In 't"];

/** A party as printed, the years it sat in the Tweede Kamer (from, until exclusive), and how often it asks. */
export interface PartySpec {
  printed: readonly string[];
  from: number;
  until: number;
  weight: number;
}

export const PARTIES: readonly PartySpec[] = [
  { printed: ["VVD"], from: 1900, until: 2100, weight: 10 },
  { printed: ["CDA"], from: 1900, until: 2100, weight: 9 },
  { printed: ["PvdA"], from: 1900, until: 2023, weight: 9 },
  { printed: ["D66"], from: 1900, until: 2100, weight: 7 },
  { printed: ["GroenLinks", "GroenLinks", "GL"], from: 1900, until: 2023, weight: 7 },
  { printed: ["SP"], from: 1994, until: 2100, weight: 10 },
  { printed: ["SGP"], from: 1900, until: 2100, weight: 2 },
  { printed: ["GPV"], from: 1900, until: 2001, weight: 2 },
  { printed: ["RPF"], from: 1900, until: 2001, weight: 2 },
  { printed: ["ChristenUnie", "ChristenUnie", "CU"], from: 2001, until: 2100, weight: 4 },
  { printed: ["AOV", "Unie 55+"], from: 1994, until: 1998, weight: 1 },
  { printed: ["LPF"], from: 2002, until: 2006, weight: 3 },
  { printed: ["Leefbaar Nederland", "LN"], from: 2002, until: 2003, weight: 1 },
  { printed: ["Groep Wilders"], from: 2004, until: 2006, weight: 1 },
  { printed: ["PVV"], from: 2006, until: 2100, weight: 8 },
  { printed: ["PvdD", "PvdD", "Partij voor de Dieren"], from: 2006, until: 2100, weight: 4 },
  { printed: ["50PLUS"], from: 2012, until: 2023, weight: 2 },
  { printed: ["DENK", "DENK", "Denk"], from: 2015, until: 2100, weight: 3 },
  { printed: ["FvD", "Forum voor Democratie"], from: 2017, until: 2100, weight: 2 },
  { printed: ["JA21"], from: 2021, until: 2100, weight: 2 },
  { printed: ["Volt"], from: 2021, until: 2100, weight: 2 },
  { printed: ["BBB"], from: 2021, until: 2100, weight: 3 },
  { printed: ["BIJ1"], from: 2021, until: 2023, weight: 1 },
  { printed: ["Groep Van Haga"], from: 2021, until: 2023, weight: 1 },
  { printed: ["GroenLinks-PvdA", "GroenLinks-PvdA", "GL-PvdA"], from: 2023, until: 2100, weight: 12 },
  { printed: ["NSC", "NSC", "Nieuw Sociaal Contract"], from: 2023, until: 2100, weight: 5 },
];

/**
 * A ministry (or a minister's portfolio, `Minister voor …`) by topic key, with the period (ISO dates,
 * `until` exclusive) when it went by that name.
 */
export interface MinistrySpec {
  key: string;
  name: string;
  from?: string;
  until?: string;
  /** `voor`: a minister without a ministry (`Minister voor Klimaat en Energie`). */
  preposition: "van" | "voor";
  /** Sub-portfolios a Staatssecretaris may name after a dash. */
  subPortfolios?: readonly string[];
}

export const MINISTRIES: readonly MinistrySpec[] = [
  { key: "az", name: "Algemene Zaken", preposition: "van" },
  { key: "bz", name: "Buitenlandse Zaken", preposition: "van" },
  { key: "bhos", name: "Ontwikkelingssamenwerking", preposition: "voor", from: "1998-08-03", until: "2010-10-14" },
  { key: "bhos", name: "Buitenlandse Handel en Ontwikkelingssamenwerking", preposition: "voor", from: "2012-11-05" },
  { key: "bzk", name: "Binnenlandse Zaken en Koninkrijksrelaties", preposition: "van" },
  { key: "def", name: "Defensie", preposition: "van" },
  { key: "ez", name: "Economische Zaken", preposition: "van", until: "2010-10-14" },
  { key: "ez", name: "Economische Zaken, Landbouw en Innovatie", preposition: "van", from: "2010-10-14", until: "2012-11-05" },
  { key: "ez", name: "Economische Zaken", preposition: "van", from: "2012-11-05", until: "2017-10-26" },
  { key: "ez", name: "Economische Zaken en Klimaat", preposition: "van", from: "2017-10-26", until: "2024-07-02" },
  { key: "ez", name: "Economische Zaken", preposition: "van", from: "2024-07-02" },
  { key: "lnv", name: "Landbouw, Natuurbeheer en Visserij", preposition: "van", until: "2003-05-27" },
  { key: "lnv", name: "Landbouw, Natuur en Voedselkwaliteit", preposition: "van", from: "2003-05-27", until: "2010-10-14" },
  { key: "lnv", name: "Economische Zaken, Landbouw en Innovatie", preposition: "van", from: "2010-10-14", until: "2012-11-05" },
  { key: "lnv", name: "Economische Zaken", preposition: "van", from: "2012-11-05", until: "2017-10-26" },
  { key: "lnv", name: "Landbouw, Natuur en Voedselkwaliteit", preposition: "van", from: "2017-10-26", until: "2024-07-02" },
  { key: "lnv", name: "Landbouw, Visserij, Voedselzekerheid en Natuur", preposition: "van", from: "2024-07-02" },
  { key: "stikstof", name: "Natuur en Stikstof", preposition: "voor", from: "2022-01-10", until: "2024-07-02" },
  { key: "fin", name: "Financiën", preposition: "van", subPortfolios: ["Fiscaliteit en Belastingdienst", "Toeslagen en Douane", "Herstel Toeslagen"] },
  { key: "ienw", name: "Verkeer en Waterstaat", preposition: "van", until: "2010-10-14" },
  { key: "ienw", name: "Infrastructuur en Milieu", preposition: "van", from: "2010-10-14", until: "2017-10-26" },
  { key: "ienw", name: "Infrastructuur en Waterstaat", preposition: "van", from: "2017-10-26" },
  { key: "jenv", name: "Justitie", preposition: "van", until: "2010-10-14" },
  { key: "jenv", name: "Veiligheid en Justitie", preposition: "van", from: "2010-10-14", until: "2017-10-26" },
  { key: "jenv", name: "Justitie en Veiligheid", preposition: "van", from: "2017-10-26" },
  { key: "rb", name: "Rechtsbescherming", preposition: "voor", from: "2017-10-26", until: "2024-07-02" },
  { key: "asiel", name: "Vreemdelingenzaken en Integratie", preposition: "voor", from: "2003-05-27", until: "2007-02-22" },
  { key: "asiel", name: "Justitie", preposition: "van", from: "2007-02-22", until: "2010-10-14" },
  { key: "asiel", name: "Immigratie en Asiel", preposition: "voor", from: "2010-10-14", until: "2012-11-05" },
  { key: "asiel", name: "Veiligheid en Justitie", preposition: "van", from: "2012-11-05", until: "2017-10-26" },
  { key: "asiel", name: "Justitie en Veiligheid", preposition: "van", from: "2017-10-26", until: "2024-07-02" },
  { key: "asiel", name: "Asiel en Migratie", preposition: "van", from: "2024-07-02" },
  { key: "klimaat", name: "Economische Zaken", preposition: "van", until: "2017-10-26" },
  { key: "klimaat", name: "Economische Zaken en Klimaat", preposition: "van", from: "2017-10-26", until: "2022-01-10" },
  { key: "klimaat", name: "Klimaat en Energie", preposition: "voor", from: "2022-01-10", until: "2024-07-02" },
  { key: "klimaat", name: "Klimaat en Groene Groei", preposition: "van", from: "2024-07-02" },
  { key: "ocw", name: "Onderwijs, Cultuur en Wetenschappen", preposition: "van", until: "2004-01-01" },
  { key: "ocw", name: "Onderwijs, Cultuur en Wetenschap", preposition: "van", from: "2004-01-01" },
  { key: "po", name: "Primair en Voortgezet Onderwijs", preposition: "voor", from: "2022-01-10", until: "2024-07-02" },
  { key: "szw", name: "Sociale Zaken en Werkgelegenheid", preposition: "van" },
  { key: "armoede", name: "Armoedebeleid, Participatie en Pensioenen", preposition: "voor", from: "2022-01-10", until: "2024-07-02" },
  { key: "vws", name: "Volksgezondheid, Welzijn en Sport", preposition: "van" },
  { key: "mz", name: "Medische Zorg", preposition: "voor", from: "2017-10-26", until: "2022-01-10" },
  { key: "jeugd", name: "Jeugd en Gezin", preposition: "voor", from: "2007-02-22", until: "2010-10-14" },
  { key: "wonen", name: "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer", preposition: "van", until: "2010-10-14" },
  { key: "wonen", name: "Binnenlandse Zaken en Koninkrijksrelaties", preposition: "van", from: "2010-10-14", until: "2012-11-05" },
  { key: "wonen", name: "Wonen en Rijksdienst", preposition: "voor", from: "2012-11-05", until: "2017-10-26" },
  { key: "wonen", name: "Binnenlandse Zaken en Koninkrijksrelaties", preposition: "van", from: "2017-10-26", until: "2022-01-10" },
  { key: "wonen", name: "Volkshuisvesting en Ruimtelijke Ordening", preposition: "voor", from: "2022-01-10", until: "2024-07-02" },
  { key: "wonen", name: "Volkshuisvesting en Ruimtelijke Ordening", preposition: "van", from: "2024-07-02" },
];

export const NEWS_OUTLETS: ReadonlyArray<{ name: string; host: string; path: "nos" | "dpg" | "plain" }> = [
  { name: "NOS", host: "nos.nl", path: "nos" },
  { name: "de Volkskrant", host: "www.volkskrant.nl", path: "dpg" },
  { name: "Trouw", host: "www.trouw.nl", path: "dpg" },
  { name: "Het Parool", host: "www.parool.nl", path: "dpg" },
  { name: "AD", host: "www.ad.nl", path: "dpg" },
  { name: "NRC", host: "www.nrc.nl", path: "plain" },
  { name: "De Telegraaf", host: "www.telegraaf.nl", path: "plain" },
  { name: "RTL Nieuws", host: "www.rtlnieuws.nl", path: "plain" },
  { name: "Het Financieele Dagblad", host: "fd.nl", path: "plain" },
  { name: "Follow the Money", host: "www.ftm.nl", path: "plain" },
  { name: "Omroep Brabant", host: "www.omroepbrabant.nl", path: "plain" },
  { name: "RTV Noord", host: "www.rtvnoord.nl", path: "plain" },
  { name: "Omrop Fryslân", host: "www.omropfryslan.nl", path: "plain" },
  { name: "Binnenlands Bestuur", host: "www.binnenlandsbestuur.nl", path: "plain" },
  { name: "Nieuwsuur", host: "nos.nl", path: "nos" },
  { name: "EenVandaag", host: "eenvandaag.avrotros.nl", path: "plain" },
  { name: "Nederlands Dagblad", host: "www.nd.nl", path: "plain" },
];

export const PLACES: readonly string[] = [
  "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Groningen", "Zwolle", "Eindhoven", "’s-Hertogenbosch",
  "Leeuwarden", "Maastricht", "Nijmegen", "Arnhem", "Enschede", "Tilburg", "Almere", "Lelystad", "Emmen",
  "Heerlen", "Delfzijl", "Den Helder", "Vlissingen", "Assen", "Venlo", "Breda", "Dordrecht", "Zaanstad",
  "Haarlem", "Leiden", "Deventer", "Apeldoorn", "Ter Apel", "Budel", "Schiphol", "Terneuzen", "Kerkrade",
  "Hoogeveen", "Sittard-Geleen", "Noord-Holland", "Zuid-Holland", "Gelderland", "Friesland", "Zeeland",
  "Limburg", "Drenthe", "Flevoland", "Overijssel", "Noord-Brabant", "Bonaire", "Sint Eustatius", "Saba",
];

export const ORGANISATIONS: readonly string[] = [
  "de Inspectie Gezondheidszorg en Jeugd", "de Nederlandse Voedsel- en Warenautoriteit", "het CBS",
  "de Algemene Rekenkamer", "de Raad van State", "het Centraal Planbureau", "het Sociaal en Cultureel Planbureau",
  "de Autoriteit Persoonsgegevens", "de Nationale ombudsman", "het RIVM", "Rijkswaterstaat", "ProRail",
  "de Vereniging van Nederlandse Gemeenten", "het Interprovinciaal Overleg", "de Onderwijsinspectie", "het UWV",
  "de Sociale Verzekeringsbank", "de Belastingdienst", "de Dienst Toeslagen", "het COA", "de IND",
  "de Nederlandse Zorgautoriteit", "het Zorginstituut Nederland", "de Koninklijke Marechaussee", "de politie",
  "het Openbaar Ministerie", "de Raad voor de rechtspraak", "de Autoriteit Consument & Markt", "TenneT",
  "het Planbureau voor de Leefomgeving", "de Onderzoeksraad voor Veiligheid", "het KNMI", "DUO",
];

/** A subject area: who answers, the nouns it uses, and headlines of news items about it. */
export interface Topic {
  key: string;
  /** Keys of MINISTRIES that are addressed, first most often. */
  ministries: readonly string[];
  /** Nouns of the field (lower case unless a name). */
  nouns: readonly string[];
  /** First parts of compound words of the field. */
  stems: readonly string[];
  /** Subjects without a headline: `de wachttijden in de jeugdzorg`. */
  subjects: readonly string[];
  /** Headlines of news items; `{place}` and `{org}` are filled in. */
  headlines: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    key: "stikstof",
    ministries: ["lnv", "stikstof", "ienw"],
    nouns: ["stikstof", "natuurvergunning", "veehouderij", "boeren", "Natura 2000-gebieden", "depositie", "piekbelasters", "uitkoopregeling", "emissie", "mest"],
    stems: ["stikstof", "natuur", "landbouw", "mest", "veehouderij", "boeren"],
    subjects: ["de stikstofaanpak rond Natura 2000-gebieden", "de uitkoopregeling voor piekbelasters", "de vergunningverlening voor veehouderijen", "het mestoverschot in {place}"],
    headlines: ["Boeren in {place} wachten nog altijd op natuurvergunning", "Stikstofregels zetten woningbouw in {place} op slot", "Uitkoopregeling piekbelasters loopt vertraging op", "Mestfraude: «controle schiet tekort»", "Provincie {place} stopt met stikstofberekening"],
  },
  {
    key: "wonen",
    ministries: ["wonen", "bzk", "fin"],
    nouns: ["woningbouw", "huurwoningen", "huurders", "woningcorporaties", "huurtoeslag", "starters", "bouwvergunningen", "dakloosheid", "huurprijzen", "sociale huur"],
    stems: ["woning", "huur", "bouw", "wijk", "grond", "koop"],
    subjects: ["de huurverhoging voor sociale huurwoningen", "de woningbouwopgave in {place}", "het tekort aan studentenkamers", "de dakloosheid onder jongeren in {place}"],
    headlines: ["Wachtlijst voor sociale huurwoning in {place} langer dan ooit", "Woningcorporaties schrappen nieuwbouwprojecten", "Starters kansloos op woningmarkt {place}", "Huurders betalen te veel servicekosten", "Bouw van flexwoningen loopt vast op bezwaren"],
  },
  {
    key: "jeugd",
    ministries: ["vws", "jeugd", "jenv"],
    nouns: ["jeugdzorg", "wachtlijsten", "jeugdhulpaanbieders", "gemeenten", "pleeggezinnen", "jongeren", "gesloten jeugdzorg", "jeugdbescherming", "zorgaanbieders", "ouders"],
    stems: ["jeugd", "zorg", "gezin", "pleeg", "wacht"],
    subjects: ["de wachtlijsten in de jeugdzorg", "de gesloten jeugdzorg in {place}", "de tekorten van gemeenten op de jeugdzorg", "de positie van pleegouders"],
    headlines: ["Jeugdzorg in {place} kampt met wachtlijsten van maanden", "Gemeenten trekken aan de bel over tekort jeugdzorg", "{org}: veiligheid kinderen in jeugdzorg onvoldoende geborgd", "Pleegouders haken af door bureaucratie", "Jongeren maanden op wachtlijst voor ggz"],
  },
  {
    key: "toeslagen",
    ministries: ["fin", "szw", "bzk"],
    nouns: ["Belastingdienst", "toeslagen", "kinderopvangtoeslag", "hersteloperatie", "gedupeerden", "terugvorderingen", "Dienst Toeslagen", "belastingaangifte", "aanslagen", "schulden"],
    stems: ["belasting", "toeslag", "herstel", "schuld", "inkomens"],
    subjects: ["de hersteloperatie kinderopvangtoeslag", "de wachttijden bij de Belastingdienst", "de terugvorderingen van huurtoeslag", "de schulden van gedupeerde ouders"],
    headlines: ["Gedupeerde ouders wachten jaren op compensatie", "Belastingdienst stuurt duizenden foute aanslagen", "Hersteloperatie toeslagen kost miljarden meer", "Dienst Toeslagen onbereikbaar voor ouders", "Fraudesignalen: «wij werden als criminelen behandeld»"],
  },
  {
    key: "asiel",
    ministries: ["asiel", "jenv", "bzk"],
    nouns: ["asielzoekers", "opvang", "aanmeldcentrum", "statushouders", "IND", "COA", "nareizigers", "vergunninghouders", "asielprocedure", "alleenstaande minderjarige vreemdelingen"],
    stems: ["asiel", "opvang", "vreemdelingen", "migratie", "terugkeer"],
    subjects: ["de opvang van asielzoekers in {place}", "de achterstanden bij de IND", "de situatie in het aanmeldcentrum Ter Apel", "de huisvesting van statushouders"],
    headlines: ["Asielzoekers slapen opnieuw buiten in Ter Apel", "IND-achterstanden lopen verder op", "Gemeente {place} weigert nieuwe opvanglocatie", "COA: «opvang zit vol»", "Nareizigers wachten maanden op hereniging"],
  },
  {
    key: "onderwijs",
    ministries: ["ocw", "po"],
    nouns: ["leraren", "lerarentekort", "scholen", "leerlingen", "basisscholen", "passend onderwijs", "studenten", "studiefinanciering", "onderwijsachterstanden", "mbo-instellingen"],
    stems: ["onderwijs", "leraren", "school", "studie", "leer"],
    subjects: ["het lerarentekort in {place}", "de kwaliteit van het passend onderwijs", "de basisbeurs voor studenten", "de onderwijsachterstanden na de coronacrisis"],
    headlines: ["Lerarentekort in {place} groter dan gedacht", "Scholen sturen leerlingen naar huis wegens gebrek aan leraren", "{org}: leesvaardigheid leerlingen daalt", "Studenten lenen massaal bij DUO", "Passend onderwijs: duizenden thuiszitters"],
  },
  {
    key: "klimaat",
    ministries: ["klimaat", "ez", "ienw"],
    nouns: ["energietransitie", "netcongestie", "windparken", "zonnepanelen", "gaswinning", "warmtepompen", "energierekening", "CO2-uitstoot", "waterstof", "isolatie"],
    stems: ["energie", "klimaat", "stroom", "warmte", "gas", "net"],
    subjects: ["de netcongestie in {place}", "de gaswinning in Groningen", "de energierekening van huishoudens", "de aanleg van windparken op zee"],
    headlines: ["Netbeheerders: «wachtlijsten groeien»", "Bedrijven in {place} krijgen geen stroomaansluiting", "Gaswinning Groningen: schadeafhandeling loopt vast", "Energiearmoede treft honderdduizenden huishoudens", "Waterstofproject {place} op losse schroeven"],
  },
  {
    key: "zorg",
    ministries: ["vws", "mz"],
    nouns: ["ziekenhuizen", "huisartsen", "zorgverzekeraars", "eigen risico", "verpleeghuizen", "wachtlijsten", "ggz", "zorgpersoneel", "geneesmiddelen", "spoedeisende hulp"],
    stems: ["zorg", "ziekenhuis", "verpleeg", "huisarts", "genees"],
    subjects: ["de sluiting van de spoedeisende hulp in {place}", "de tekorten aan geneesmiddelen", "het eigen risico in de zorgverzekering", "de personeelstekorten in verpleeghuizen"],
    headlines: ["Ziekenhuis {place} sluit afdeling spoedeisende hulp", "Tekort aan geneesmiddelen houdt aan", "Huisartsen in {place} nemen geen patiënten meer aan", "{org}: zorg in verpleeghuizen onder druk", "Zorgverzekeraars weigeren vergoeding"],
  },
  {
    key: "veiligheid",
    ministries: ["jenv", "bzk", "def"],
    nouns: ["politie", "wijkagenten", "ondermijning", "drugscriminaliteit", "cybercriminaliteit", "gevangenissen", "Openbaar Ministerie", "slachtoffers", "explosies", "handhaving"],
    stems: ["politie", "veiligheid", "criminaliteit", "straf", "handhaving"],
    subjects: ["het tekort aan wijkagenten in {place}", "de explosies bij woningen in {place}", "de capaciteit van gevangenissen", "de aanpak van ondermijning in {place}"],
    headlines: ["Opnieuw explosie bij woning in {place}", "Politie {place} kampt met personeelstekort", "Gevangenissen vol: gedetineerden eerder vrij", "Drugslab ontdekt in {place}", "OM seponeert duizenden zaken"],
  },
  {
    key: "verkeer",
    ministries: ["ienw"],
    nouns: ["spoor", "treinen", "NS", "ProRail", "wegen", "files", "verkeersveiligheid", "Schiphol", "vliegtuiglawaai", "openbaar vervoer"],
    stems: ["spoor", "verkeer", "trein", "weg", "vlieg"],
    subjects: ["de dienstregeling op het spoor rond {place}", "het geluid van Schiphol", "de verkeersveiligheid op de N-wegen", "het openbaar vervoer in {place}"],
    headlines: ["Treinen rond {place} rijden weken niet", "Omwonenden Schiphol klagen over nachtvluchten", "Buslijnen in {place} geschrapt", "ProRail: onderhoud spoor loopt achter", "Meer verkeersdoden op provinciale wegen"],
  },
  {
    key: "digitaal",
    ministries: ["bzk", "jenv", "ez"],
    nouns: ["privacy", "algoritmes", "persoonsgegevens", "datalek", "cyberaanvallen", "DigiD", "overheidsdiensten", "gezichtsherkenning", "cloud", "toezicht"],
    stems: ["data", "privacy", "algoritme", "cyber", "informatie"],
    subjects: ["het datalek bij {org}", "het gebruik van algoritmes door gemeenten", "de inzet van gezichtsherkenning", "de beveiliging van DigiD"],
    headlines: ["Datalek bij {org}: gegevens van duizenden burgers op straat", "Gemeente {place} gebruikt omstreden algoritme", "Cyberaanval legt ziekenhuis {place} plat", "{org}: toezicht op algoritmes schiet tekort", "Gezichtsherkenning op straat zonder wettelijke basis"],
  },
  {
    key: "buitenland",
    ministries: ["bz", "bhos", "def"],
    nouns: ["sancties", "Oekraïne", "ontwikkelingshulp", "mensenrechten", "ambassade", "wapenexport", "de Europese Unie", "NAVO", "humanitaire hulp", "diplomatieke contacten"],
    stems: ["sancties", "hulp", "mensenrechten", "export", "vredes"],
    subjects: ["de humanitaire situatie in Gaza", "de sancties tegen Rusland", "de wapenexport naar {place}", "de mensenrechtensituatie van Oeigoeren"],
    headlines: ["Sancties tegen Rusland worden omzeild via derde landen", "Nederlandse wapenonderdelen gevonden in conflictgebied", "Hulporganisaties: «humanitaire toegang geblokkeerd»", "Ambassade sluit de deuren", "EU twijfelt over nieuw sanctiepakket"],
  },
  {
    key: "werk",
    ministries: ["szw", "armoede", "fin"],
    nouns: ["pensioenen", "minimumloon", "arbeidsmigranten", "uitzendbureaus", "armoede", "bijstand", "UWV", "schuldhulpverlening", "arbeidsmarkt", "zzp'ers"],
    stems: ["arbeid", "pensioen", "werk", "loon", "armoede"],
    subjects: ["de huisvesting van arbeidsmigranten in {place}", "de armoede onder werkenden", "de overgang naar het nieuwe pensioenstelsel", "de achterstanden bij het UWV"],
    headlines: ["Arbeidsmigranten in {place} wonen onder erbarmelijke omstandigheden", "Steeds meer werkenden in armoede", "UWV keert uitkeringen te laat uit", "Pensioenfondsen: «transitie te krap»", "Schuldhulp bereikt slechts een fractie"],
  },
  {
    key: "defensie",
    ministries: ["def", "bz"],
    nouns: ["krijgsmacht", "militairen", "materieel", "F-35", "veteranen", "defensiebudget", "munitie", "oefenterreinen", "reservisten", "kazernes"],
    stems: ["defensie", "militaire", "munitie", "materieel", "veteranen"],
    subjects: ["de munitievoorraad van de krijgsmacht", "de zorg voor veteranen", "de uitbreiding van oefenterreinen bij {place}", "het personeelstekort bij Defensie"],
    headlines: ["Defensie kampt met tekort aan munitie", "Veteranen wachten jaren op erkenning", "Oefenterrein bij {place} stuit op verzet", "Militairen vertrekken door lage salarissen", "Levering nieuw materieel vertraagd"],
  },
  {
    key: "cultuur",
    ministries: ["ocw", "bzk"],
    nouns: ["musea", "bibliotheken", "publieke omroep", "monumenten", "erfgoed", "kunstenaars", "lokale media", "festivals", "podia", "cultuurfondsen"],
    stems: ["cultuur", "erfgoed", "omroep", "kunst", "media"],
    subjects: ["de sluiting van bibliotheken in {place}", "de toekomst van de publieke omroep", "het onderhoud van monumenten", "de positie van lokale media"],
    headlines: ["Bibliotheek {place} sluit de deuren", "Lokale omroepen in financiële nood", "Monumentale kerken staan leeg", "Kunstenaars verdienen minder dan het minimumloon", "Museum {place} geeft roofkunst terug"],
  },
];

/** Second parts of compound words, joined to a topic's stems: `jeugd` + `zorgplan`. */
export const COMPOUND_TAILS: readonly string[] = [
  "beleid", "plan", "opgave", "regeling", "kosten", "tekort", "markt", "wet", "fonds", "akkoord", "programma",
  "aanpak", "sector", "norm", "toezicht", "capaciteit", "monitor", "rapportage", "budget", "agenda",
  "maatregelen", "instellingen", "organisaties", "wetgeving", "uitvoering", "middelen", "doelen", "cijfers",
  "problematiek", "vraagstukken", "partners", "keten", "loket", "register", "subsidie", "taskforce",
];

/** Dutch months as printed in dates. */
export const MONTHS: readonly string[] = [
  "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
];

/** Nouns of policy in general, for sentences of any field. */
export const POLICY_NOUNS: readonly string[] = [
  "uitvoeringsorganisaties", "gemeenten", "provincies", "waterschappen", "toezichthouders", "brancheorganisaties",
  "maatschappelijke organisaties", "kennisinstellingen", "medeoverheden", "uitvoerders", "burgers", "ondernemers",
  "werkgevers", "werknemers", "vakbonden", "inwoners", "betrokkenen", "belanghebbenden", "deskundigen",
  "ketenpartners", "professionals", "vrijwilligers", "mantelzorgers", "zelfstandigen", "huishoudens",
];

export const ADJECTIVES: readonly string[] = [
  "structurele", "tijdelijke", "aanvullende", "noodzakelijke", "zorgvuldige", "gezamenlijke", "landelijke",
  "regionale", "lokale", "integrale", "duurzame", "betaalbare", "toegankelijke", "uitvoerbare", "effectieve",
  "proportionele", "juridische", "financiële", "bestuurlijke", "praktische", "concrete", "wettelijke",
  "onafhankelijke", "verplichte", "vrijwillige", "maatschappelijke", "economische", "ruimtelijke", "sociale",
];

/** Things the government does, as infinitive phrases: `te onderzoeken`. */
export const ACTIONS: readonly string[] = [
  "te onderzoeken", "in kaart te brengen", "te evalueren", "te monitoren", "nader uit te werken",
  "te versterken", "te vereenvoudigen", "te harmoniseren", "te verduidelijken", "bij te sturen",
  "te intensiveren", "te stroomlijnen", "te borgen", "te verankeren", "op te schalen", "te heroverwegen",
];

export const TIME_PHRASES: readonly string[] = [
  "op korte termijn", "in de komende maanden", "voor de zomer", "na het zomerreces", "voor het einde van het jaar",
  "in het voorjaar", "bij de eerstvolgende voortgangsrapportage", "bij de begrotingsbehandeling",
  "in de Voorjaarsnota", "na afronding van het onderzoek", "zo spoedig mogelijk", "in het najaar",
];

export const INSTRUMENTS: readonly string[] = [
  "een wetsvoorstel", "een algemene maatregel van bestuur", "een ministeriële regeling", "een beleidsregel",
  "een bestuursakkoord", "een convenant", "een subsidieregeling", "een pilot", "een verkenning", "een impactanalyse",
  "een uitvoeringstoets", "een beleidsdoorlichting", "een quickscan", "een handreiking", "een actieplan",
];
