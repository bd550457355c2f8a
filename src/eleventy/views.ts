/**
 * One document view per record and build, shared by the document page and the feeds, so that a
 * document's markdown is rendered once however many feeds carry it.
 */
import { browseOf } from "../browse/facets.ts";
import { createMarkdown, FootnoteError } from "../markdown/index.ts";
import type { KamervraagRecord } from "../model.ts";
import { buildDocumentView, type DocumentView } from "./document-view.ts";

const md = createMarkdown();
const indexes = new WeakMap<readonly KamervraagRecord[], Map<string, KamervraagRecord>>();
const views = new WeakMap<KamervraagRecord, DocumentView>();

/** Every document by id, once per documents array (one per build). */
function indexOf(documents: readonly KamervraagRecord[]): Map<string, KamervraagRecord> {
  let index = indexes.get(documents);
  if (!index) {
    index = new Map(documents.map((record) => [record.id, record]));
    indexes.set(documents, index);
  }
  return index;
}

/**
 * The view of one record among all the site's documents. Throws (after printing which document and
 * why, since Nunjucks drops a filter's message) when its footnotes do not resolve.
 */
export function viewOf(record: KamervraagRecord, documents: readonly KamervraagRecord[]): DocumentView {
  let view = views.get(record);
  if (!view) {
    try {
      view = buildDocumentView(record, { md, siteDocuments: indexOf(documents), browse: browseOf(documents) });
    } catch (error) {
      console.error(error instanceof FootnoteError ? error.message : `${record.source.path}: ${String(error)}`);
      throw error;
    }
    views.set(record, view);
  }
  return view;
}
