// The median of a series, needed for every series of a submission by the outlier rule (and
// again for the absolute deviations): quickselect, O(n), instead of a sort.

/** The median, by quickselect on a copy: O(n) where a sort is O(n log n), for every series. */
export function median(values: readonly number[]): number {
  return medianInPlace(Float64Array.from(values));
}

/** The median of `copy`, which it reorders: for a caller that fills a scratch array itself. */
export function medianInPlace(copy: Float64Array): number {
  const middle = copy.length >> 1;
  const upper = select(copy, middle);
  if (copy.length % 2) return upper;
  // The lower middle is the largest value left of the upper one after the partition.
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < middle; i++) lower = Math.max(lower, copy[i] as number);
  return (lower + upper) / 2;
}

/** The k-th smallest value (0-based); reorders `values` so that smaller ones come first. */
function select(values: Float64Array, k: number): number {
  let [left, right] = [0, values.length - 1];
  while (left < right) {
    const pivot = values[(left + right) >> 1] as number;
    let [i, j] = [left, right];
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = swap;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k] as number;
}
