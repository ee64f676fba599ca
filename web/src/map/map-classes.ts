// Choropleth classes: five quantile classes over the values shown, so a map of very unequal
// figures (the United States against Saint Kitts and Nevis) still separates the small ones.
export interface MapClass {
  min: number;
  max: number;
}

export function computeMapClasses(values: readonly number[], count = 5): MapClass[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? 0;
  if (first === last) return [{ min: first, max: last }];
  const edges = [first];
  for (let i = 1; i < count; i += 1) {
    const edge = roundNicely(sorted[Math.floor((i * sorted.length) / count)] ?? last);
    if (edge > (edges[edges.length - 1] ?? first) && edge < last) edges.push(edge);
  }
  edges.push(last);
  return edges.slice(0, -1).map((min, i) => ({ min, max: edges[i + 1] ?? last }));
}

/** Two significant digits: 12,345 → 12,000; 0.4567 → 0.46. */
export function roundNicely(value: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}
