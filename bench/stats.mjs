// Small statistics shared by the bench's side-by-side and Lighthouse reports.

/** The median of the finite values, or undefined when there is none. */
export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The median of the per-run ratios `ours[i] / theirs[i]` (run i of each side ran
 * back to back, so their ratio cancels the machine's drift); undefined when no pair
 * has both values.
 */
export function pairedRatio(ours, theirs) {
  return median(ours.map((value, index) => value / theirs[index]));
}

/** A figure as the reports show it: ms (whole above 100), KB, MB, or a plain number. */
export function formatValue(value, unit) {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (unit === 'ms') return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  return String(value);
}
