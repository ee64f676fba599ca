// Expands JSON-LD with the jsonld library and a document loader that serves the vendored
// contexts of test/fixtures/jsonld and refuses every other address: no test reaches the network.
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';

const SCHEMA_ORG = JSON.parse(
  readFileSync(new URL('../fixtures/jsonld/schema-org-context.jsonld', import.meta.url), 'utf8'),
) as object;

const VENDORED: Record<string, object> = {
  'https://schema.org/': SCHEMA_ORG,
  'https://schema.org': SCHEMA_ORG,
  'http://schema.org/': SCHEMA_ORG,
};

export const fetched: string[] = [];

async function documentLoader(url: string) {
  fetched.push(url);
  const document = VENDORED[url];
  if (!document) throw new Error(`no network in tests: refused to load ${url}`);
  return { contextUrl: undefined, documentUrl: url, document };
}

// biome-ignore lint/suspicious/noExplicitAny: expanded JSON-LD is walked by IRI, as tests assert it
export type ExpandedNode = Record<string, any> & { '@id'?: string; '@type'?: string[] };

export async function expandLocally(document: object): Promise<ExpandedNode[]> {
  return (await jsonld.expand(document as jsonld.JsonLdDocument, {
    documentLoader: documentLoader as never,
  })) as ExpandedNode[];
}

/** Every node object of an expanded document, nested ones included. */
export function allNodes(expanded: unknown): ExpandedNode[] {
  const out: ExpandedNode[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const node = value as ExpandedNode;
      if (node['@type'] || node['@id']) out.push(node);
      for (const v of Object.values(node)) visit(v);
    }
  };
  visit(expanded);
  return out;
}
