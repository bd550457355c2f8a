/**
 * Accessible footnotes on top of markdown-it-footnote (docs/accessibility.md says how they are tested).
 *
 * markdown-it-footnote parses `[^1]` references and `[^1]: …` definitions; this plugin replaces what it
 * writes and how it collects the list:
 * - a `Voetnoten` heading (h2, with an id) above the list;
 * - each reference is a superscript link that shows the label and is named `Voetnoot 1`, with
 *   `aria-describedby` on the heading;
 * - each back link is named `Terug naar verwijzing 1` (`1-2` for the second reference to a note) and
 *   links to that reference;
 * - every id starts with `env.docId`, so several documents can share one page;
 * - an undefined reference, an unused definition or a duplicate label is an error ({@link FootnoteError})
 *   instead of a literal `[^x]` or a silently dropped note.
 *
 * A feed entry is read without the site's stylesheet, so text that the page hides visually would be
 * read out loud in it (`?Voetnoot 1 Wat is`, `↩︎Terug naar verwijzing 7`). In the `feed` mode
 * ({@link FootnoteMode}) it hides nothing: a reference is a superscript number linking to its
 * note, the list a plain heading and `<ol>`, without back links (a back link's name would have to be
 * hidden text or an unnamed arrow). Note ids keep the document id, so they stay unique in a reader
 * that shows several entries on one page.
 *
 * Labels are shown as written (`[^3]` shows `3`): the record's labels are the printed footnote numbers,
 * so the page numbers footnotes as the official publication does. Inline footnotes (`^[…]`) have no
 * printed number and are switched off.
 *
 * A page made of several markdown blocks (the questions and answers of one record) shares one list:
 * see {@link createFootnoteScope}.
 */
import type { Env, MarkdownIt, StateCore, StateInline, Token } from "markdown-it";
import markdownItFootnote from "markdown-it-footnote";

/** The texts the plugin writes; the site passes its Dutch labels. */
export interface FootnoteTexts {
  /** Heading above the list: `Voetnoten`. */
  heading: string;
  /** Accessible name of a reference, before the label: `Voetnoot`. */
  reference: string;
  /** Accessible name of a back link, before the reference number: `Terug naar verwijzing`. */
  backReference: string;
}

/**
 * Where the markup is read: `page` (the site's pages, with their stylesheet: accessible names in
 * visually hidden text, back links) or `feed` (a feed reader, without it: nothing hidden).
 */
export type FootnoteMode = "page" | "feed";

/** What the plugin reads from (and keeps in) the markdown-it `env`. */
export interface FootnoteEnv extends Env {
  /** The document id; prefixes every footnote id (`ah-tk-20202021-2290-voetnoot-1`). */
  docId?: string;
  /** Names the source in error messages, e.g. `content/documents/ah-tk-20202021-2290.md`. */
  source?: string;
  /** Names the part being rendered in error messages, e.g. `Antwoord 3`. */
  where?: string;
  /**
   * When true, a render does not end with the footnote list: several renders share the env and
   * {@link renderFootnoteList} writes the list once. {@link createFootnoteScope} sets it.
   */
  deferFootnotes?: boolean;
}

export type FootnoteProblemCode = "footnote-undefined" | "footnote-duplicate";

/** One footnote problem, as a value (code names match the normalizer's diagnostics). */
export interface FootnoteProblem {
  code: FootnoteProblemCode;
  label: string;
  /** The part of the document it was found in (`Vraag 2`), when known. */
  where?: string;
  message: string;
}

/** Thrown when a render finds footnote problems; lists every problem found in the document. */
export class FootnoteError extends Error {
  readonly problems: readonly FootnoteProblem[];

  constructor(env: FootnoteEnv, problems: readonly FootnoteProblem[]) {
    const document = [env.docId, env.source && `(${env.source})`].filter(Boolean).join(" ") || "markdown";
    const lines = problems.map((p) => `  ${p.where ? `${p.where}: ` : ""}${p.message}`);
    super(`footnote problems in ${document}:\n${lines.join("\n")}`);
    this.name = "FootnoteError";
    this.problems = problems;
  }
}

/** The ids the plugin writes, so templates and tests can point at them. */
export const footnoteIds = {
  heading: (docId?: string) => `${prefix(docId)}voetnoten`,
  note: (docId: string | undefined, label: string) => `${prefix(docId)}voetnoot-${label}`,
  /** `n` counts references to the same note from 1: the second is `…-verwijzing-1-2`. */
  reference: (docId: string | undefined, label: string, n = 1) => `${prefix(docId)}verwijzing-${label}${n > 1 ? `-${n}` : ""}`,
};

function prefix(docId: string | undefined): string {
  return docId ? `${docId}-` : "";
}

/** markdown-it-footnote's own bookkeeping in `env.footnotes` (not exported by its types). */
interface UpstreamFootnotes {
  /** `:label` → index in `list`, or -1 while defined but not yet referenced. */
  refs?: Record<string, number>;
  list?: Array<{ label?: string; count: number }>;
}

interface Definition {
  /** Parsed body of a `[^x]: …` definition, or null for a definition given as markdown text. */
  tokens: Token[] | null;
  text: string | null;
}

/** This plugin's bookkeeping, kept in the env under a symbol so it cannot clash with page data. */
interface OwnState {
  definitions: Map<string, Definition>;
  problems: FootnoteProblem[];
  /** Set while the list is being built, so parsing a footnote's own text does not build another. */
  building: boolean;
  /** Set when a render wrote its list: a new render with the same env starts afresh. */
  finished: boolean;
}

const OWN = Symbol("accessible-footnotes");

function own(env: FootnoteEnv): OwnState {
  let state = env[OWN] as OwnState | undefined;
  if (!state) {
    state = { definitions: new Map(), problems: [], building: false, finished: false };
    env[OWN] = state;
  }
  return state;
}

function upstream(env: FootnoteEnv): UpstreamFootnotes {
  env.footnotes ??= {};
  return env.footnotes as UpstreamFootnotes;
}

function report(env: FootnoteEnv, code: FootnoteProblemCode, label: string, message: string): void {
  own(env).problems.push({ code, label, message, ...(env.where ? { where: env.where } : {}) });
}

function define(env: FootnoteEnv, label: string, definition: Definition): void {
  const state = own(env);
  if (state.definitions.has(label)) {
    report(env, "footnote-duplicate", label, `footnote [^${label}] is defined more than once`);
    return;
  }
  state.definitions.set(label, definition);
  const refs = (upstream(env).refs ??= {});
  refs[`:${label}`] ??= -1;
}

/**
 * Defines a footnote from markdown text (a record's footnote), before the blocks that reference it are
 * rendered with the same env.
 */
export function defineFootnote(env: FootnoteEnv, label: string, markdown: string): void {
  define(env, label, { tokens: null, text: markdown });
}

/**
 * Writes the footnote list of everything rendered with `env` so far (for `deferFootnotes`), and throws a
 * {@link FootnoteError} listing every problem found in those renders. Returns "" when there are no
 * footnotes.
 */
export function renderFootnoteList(md: MarkdownIt, env: FootnoteEnv): string {
  // The Token class is an instance property of markdown-it's core state.
  const { Token } = new md.core.State("", md, env);
  const tokens = listTokens(md, env, Token);
  throwIfProblems(env);
  return tokens.length ? md.renderer.render(tokens, md.options, env) : "";
}

function throwIfProblems(env: FootnoteEnv): void {
  const { problems } = own(env);
  if (problems.length) throw new FootnoteError(env, problems);
}

/** Builds the tokens of the list: the heading, then each definition with a back link per reference. */
function listTokens(md: MarkdownIt, env: FootnoteEnv, Token: StateCore["Token"]): Token[] {
  const state = own(env);
  if (state.definitions.size === 0) return [];
  const where = env.where;
  state.building = true;
  const bodies = new Map<string, Token[]>();
  try {
    for (const [label, definition] of state.definitions) {
      if (definition.tokens) {
        bodies.set(label, definition.tokens);
      } else {
        env.where = `[^${label}]`;
        bodies.set(label, md.parse(definition.text ?? "", env));
      }
    }
  } finally {
    state.building = false;
    env.where = where;
  }

  const { refs = {}, list = [] } = upstream(env);
  const tokens: Token[] = [new Token("footnote_block_open", "", 1)];
  let position = 0;
  for (const [label, body] of bodies) {
    position += 1;
    const index = refs[`:${label}`] ?? -1;
    const count = index >= 0 ? (list[index]?.count ?? 0) : 0;
    // A note nothing references is listed all the same, without a back link: the normalizer has
    // reported it as a doubt of the record (footnote-unused), and its text is the reader's to read.
    const open = new Token("footnote_open", "", 1);
    open.meta = { label, position };
    tokens.push(open, ...body);

    // Back links go inside the last paragraph, as markdown-it-footnote places them.
    const last = tokens[tokens.length - 1];
    const paragraphClose = last?.type === "paragraph_close" ? tokens.pop() : undefined;
    for (let n = 1; n <= count; n++) {
      const anchor = new Token("footnote_anchor", "", 0);
      anchor.meta = { label, n };
      tokens.push(anchor);
    }
    if (paragraphClose) tokens.push(paragraphClose);
    tokens.push(new Token("footnote_close", "", -1));
  }
  tokens.push(new Token("footnote_block_close", "", -1));
  return tokens;
}

/**
 * Replaces markdown-it-footnote's `footnote_tail` core rule: lifts `[^x]: …` definitions out of the
 * token stream into the env, and (unless the list is deferred) appends the list to this render.
 */
function footnoteTail(state: StateCore): void {
  const env = state.env as FootnoteEnv;
  const kept: Token[] = [];
  let body: Token[] | null = null;
  let label = "";
  for (const token of state.tokens) {
    if (token.type === "footnote_reference_open") {
      body = [];
      label = String(token.meta?.label);
    } else if (token.type === "footnote_reference_close") {
      define(env, label, { tokens: body ?? [], text: null });
      body = null;
    } else if (body) {
      body.push(token);
    } else {
      kept.push(token);
    }
  }
  state.tokens = kept;

  const ownState = env[OWN] as OwnState | undefined;
  if (!ownState || env.deferFootnotes || ownState.building) return;
  state.tokens.push(...listTokens(state.md, env, state.Token));
  ownState.finished = true;
  throwIfProblems(env);
}

/**
 * First core rule: when the env already went through a complete render (a caller such as Eleventy may
 * render twice with one data object), forget that render's footnotes instead of reporting them again.
 */
function footnoteReset(state: StateCore): void {
  const env = state.env as FootnoteEnv;
  if ((env[OWN] as OwnState | undefined)?.finished) {
    delete env[OWN];
    delete env.footnotes;
  }
}

/**
 * Inline rule after markdown-it-footnote's `footnote_ref`: a `[^x]` that reaches it names no definition.
 * Reports it, and keeps the literal text so the render still completes until the error is thrown.
 */
function undefinedReference(state: StateInline, silent: boolean): boolean {
  const { src, pos: start, posMax: max } = state;
  if (src.charCodeAt(start) !== 0x5b /* [ */ || src.charCodeAt(start + 1) !== 0x5e /* ^ */) return false;
  let pos = start + 2;
  for (; pos < max; pos++) {
    const ch = src.charCodeAt(pos);
    if (ch === 0x20 || ch === 0x0a) return false;
    if (ch === 0x5d /* ] */) break;
  }
  if (pos === start + 2 || pos >= max) return false;
  const label = src.slice(start + 2, pos);
  if (!silent) {
    report(state.env, "footnote-undefined", label, `footnote [^${label}] is referenced but never defined`);
    const token = state.push("text", "", 0);
    token.content = src.slice(start, pos + 1);
  }
  state.pos = pos + 1;
  return true;
}

/** The markdown-it plugin. */
export default function accessibleFootnotes(md: MarkdownIt, texts: FootnoteTexts, mode: FootnoteMode = "page"): void {
  md.use(markdownItFootnote);
  md.inline.ruler.disable("footnote_inline");
  md.inline.ruler.after("footnote_ref", "footnote_ref_undefined", undefinedReference);
  // Runs last, unlike markdown-it-footnote's tail (right after `inline`), so definitions are linkified
  // and joined like any other text before they are lifted out of the stream.
  md.core.ruler.disable("footnote_tail");
  md.core.ruler.push("footnote_tail_accessible", footnoteTail);
  md.core.ruler.before("normalize", "footnote_reset", footnoteReset);

  const escape = md.utils.escapeHtml;
  const docIdOf = (env: unknown) => {
    const docId = (env as FootnoteEnv | undefined)?.docId;
    return typeof docId === "string" ? docId : undefined;
  };
  const meta = (token: Token | undefined) => (token?.meta ?? {}) as { label?: string; subId?: number; n?: number; position?: number };

  md.renderer.rules.footnote_ref = (tokens, idx, _options, env) => {
    const docId = docIdOf(env);
    const { label = "", subId = 0 } = meta(tokens[idx]);
    const href = escape(footnoteIds.note(docId, label));
    if (mode === "feed") return `<sup><a href="#${href}">${escape(label)}</a></sup>`;
    const id = escape(footnoteIds.reference(docId, label, subId + 1));
    return (
      `<sup class="kv-footnote-ref"><a href="#${href}" id="${id}" aria-describedby="${escape(footnoteIds.heading(docId))}">` +
      `<span class="kv-visually-hidden">${escape(texts.reference)} </span>${escape(label)}</a></sup>`
    );
  };

  md.renderer.rules.footnote_block_open = (_tokens, _idx, _options, env) => {
    if (mode === "feed") return `<h2>${escape(texts.heading)}</h2>\n<ol>\n`;
    const id = escape(footnoteIds.heading(docIdOf(env)));
    return `<section class="kv-footnotes">\n<h2 id="${id}">${escape(texts.heading)}</h2>\n<ol class="kv-footnotes__list">\n`;
  };

  md.renderer.rules.footnote_block_close = () => (mode === "feed" ? "</ol>\n" : "</ol>\n</section>\n");

  md.renderer.rules.footnote_open = (tokens, idx, _options, env) => {
    const { label = "", position } = meta(tokens[idx]);
    // The list numbers items 1, 2, …; say so when the printed number differs.
    const value = /^[1-9]\d*$/.test(label) && Number(label) !== position ? ` value="${label}"` : "";
    return `<li id="${escape(footnoteIds.note(docIdOf(env), label))}"${value}>`;
  };

  md.renderer.rules.footnote_close = () => "</li>\n";

  md.renderer.rules.footnote_anchor = (tokens, idx, _options, env) => {
    if (mode === "feed") return "";
    const { label = "", n = 1 } = meta(tokens[idx]);
    const name = `${texts.backReference} ${label}${n > 1 ? `-${n}` : ""}`;
    // U+FE0E keeps the arrow a text glyph instead of an emoji on iOS.
    return (
      ` <a href="#${escape(footnoteIds.reference(docIdOf(env), label, n))}" class="kv-footnote-backref">` +
      `<span aria-hidden="true">\u21a9\ufe0e</span><span class="kv-visually-hidden">${escape(name)}</span></a>`
    );
  };
}

/** One page's markdown blocks that share one footnote list. */
export interface FootnoteScope {
  /** Renders one block (`where` names it in error messages, e.g. `Vraag 3`). */
  render(markdown: string, where: string): string;
  /** Renders the list once, after the last block; throws a {@link FootnoteError} on any problem. */
  renderFootnotes(): string;
}

export interface FootnoteScopeOptions {
  docId: string;
  /** Names the source file in error messages. */
  source?: string;
  /** The document's footnotes, in printed order; `label` is what `[^label]` references. */
  footnotes: ReadonlyArray<{ label: string; text: string }>;
}

/**
 * Renders several markdown blocks of one document so that a reference in any block resolves to one
 * footnote list at the end: one env is shared across the blocks, footnotes are defined up front, and
 * the list is written once. Reference ids follow the order the blocks are rendered in, so render them
 * in reading order.
 */
export function createFootnoteScope(md: MarkdownIt, options: FootnoteScopeOptions): FootnoteScope {
  const env: FootnoteEnv = { docId: options.docId, deferFootnotes: true };
  if (options.source) env.source = options.source;
  for (const { label, text } of options.footnotes) {
    env.where = `[^${label}]`;
    defineFootnote(env, label, text);
  }
  delete env.where;
  return {
    render(markdown, where) {
      env.where = where;
      return md.render(markdown, env);
    },
    renderFootnotes() {
      delete env.where;
      return renderFootnoteList(md, env);
    },
  };
}
