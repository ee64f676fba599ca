// The knowledge library: Markdown files in web/content/knowledge named <slug>.<lang>.md, each
// opening with a small front matter (title, category, summary, optional country and source).
// Bundled with this page's chunk; a document missing in the reader's language falls back to
// English and says so.
import type { Lang } from '../../i18n/languages';
import { type Block, parseMarkdown, plainText } from '../../markdown/parse-markdown';

export const CATEGORIES = ['guideline', 'note', 'training'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface KnowledgeDocument {
  slug: string;
  lang: Lang;
  title: string;
  category: Category;
  summary: string;
  country?: string;
  source?: string;
  blocks: Block[];
  text: string;
}

const FILES = import.meta.glob('../../../content/knowledge/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function readFrontMatter(raw: string): { meta: Record<string, string>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(raw.replace(/\r\n?/g, '\n'));
  if (!match) return { meta: {}, body: raw };
  const meta: Record<string, string> = {};
  for (const line of (match[1] ?? '').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      meta[line.slice(0, colon).trim()] = line
        .slice(colon + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
  }
  return { meta, body: raw.slice(match[0].length) };
}

function loadDocuments(): KnowledgeDocument[] {
  return Object.entries(FILES).flatMap(([path, raw]) => {
    const name = /([^/]+)\.(en|es|fr|pt)\.md$/.exec(path);
    if (!name) return [];
    const { meta, body } = readFrontMatter(raw);
    const blocks = parseMarkdown(body);
    const category = (CATEGORIES as readonly string[]).includes(meta.category ?? '')
      ? (meta.category as Category)
      : 'note';
    return [
      {
        slug: name[1] ?? '',
        lang: name[2] as Lang,
        title: meta.title ?? name[1] ?? '',
        category,
        summary: meta.summary ?? '',
        ...(meta.country ? { country: meta.country } : {}),
        ...(meta.source ? { source: meta.source } : {}),
        blocks,
        text: plainText(blocks),
      },
    ];
  });
}

const DOCUMENTS = loadDocuments();

export interface LibraryEntry {
  document: KnowledgeDocument;
  /** Languages this document exists in. */
  languages: Lang[];
  /** True when shown in English because the reader's language is missing. */
  isFallback: boolean;
}

/** One entry per document, in the reader's language where it exists. */
export function listLibrary(lang: Lang): LibraryEntry[] {
  const bySlug = new Map<string, KnowledgeDocument[]>();
  for (const document of DOCUMENTS)
    bySlug.set(document.slug, [...(bySlug.get(document.slug) ?? []), document]);
  return [...bySlug.values()]
    .map((versions) => {
      const own = versions.find((d) => d.lang === lang);
      const fallback = versions.find((d) => d.lang === 'en') ?? versions[0];
      const document = (own ?? fallback) as KnowledgeDocument;
      return { document, languages: versions.map((d) => d.lang).sort(), isFallback: !own };
    })
    .sort((a, b) => a.document.title.localeCompare(b.document.title));
}

export function findDocument(slug: string, lang: Lang): LibraryEntry | undefined {
  return listLibrary(lang).find((entry) => entry.document.slug === slug);
}

export function findDocumentIn(slug: string, lang: Lang): KnowledgeDocument | undefined {
  return DOCUMENTS.find((d) => d.slug === slug && d.lang === lang);
}
