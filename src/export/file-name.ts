/**
 * A download's file name (without its extension) from the chart's heading: its letters and
 * digits joined by dashes, at most 60 characters; `chart-data` without a heading.
 * @internal
 */
export function fileName(heading: string): string {
  const slug = heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return slug || 'chart-data';
}
