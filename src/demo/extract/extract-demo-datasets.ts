// Build-time only: every demo dataset, in load order, extracted from the shared snapshot, and
// the problems that must stop the extract from being written.
import { listDemoDatasetProblems } from '../check-demo-dataset.js';
import { extractInflowDatasets } from './extract-inflows.js';
import { extractUndesaDatasets } from './extract-undesa.js';
import { extractUnhcrDataset } from './extract-unhcr.js';
import type { ExtractedDataset } from './extracted-dataset.js';

export async function extractDemoDatasets(sharedDir: string): Promise<ExtractedDataset[]> {
  return [
    ...(await extractUndesaDatasets(sharedDir)),
    extractUnhcrDataset(sharedDir),
    ...extractInflowDatasets(sharedDir),
  ];
}

export function listExtractProblems(datasets: readonly ExtractedDataset[]): string[] {
  const problems = datasets.flatMap((d) => [
    ...listDemoDatasetProblems(d.table, d.observations).map((p) => `${d.id}: ${p}`),
    ...d.checks
      .filter((c) => c.found !== c.expected)
      .map((c) => `${d.id}: ${c.what}: published ${c.expected}, extract has ${c.found}`),
  ]);
  // A release replaces every (country, year) it covers: datasets of one table must not overlap,
  // except that a newer edition of the same source revises the older one (FRAMEWORK §9).
  const owners = new Map<string, ExtractedDataset>();
  for (const d of datasets) {
    for (const o of d.observations) {
      const cell = `${d.table.id} ${o.key.REF_AREA} ${o.key.TIME_PERIOD}`;
      const owner = owners.get(cell);
      const revision = owner && owner.source.id === d.source.id && owner.source.edition < d.source.edition;
      if (owner && owner.id !== d.id && !revision) problems.push(`${d.id}: ${cell} is also in ${owner.id}`);
      owners.set(cell, d);
    }
  }
  return [...new Set(problems)];
}
