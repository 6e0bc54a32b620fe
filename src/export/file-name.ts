/** The longest file name made from a heading, without its extension. */
const MAX_LENGTH = 60;

/**
 * A download's file name (without its extension) from a heading: its letters and digits in
 * lower case, every other run of characters (spaces, punctuation, the `/ \ : * ? " < > |` that
 * file systems refuse) one dash; at most 60 characters, cut between words where it can be;
 * `chart-data` when nothing is left.
 * @internal
 */
export function fileName(heading: string): string {
  const slug = heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= MAX_LENGTH) return slug || 'chart-data';
  // One character more than fits: a dash there ends the last whole word.
  const head = slug.slice(0, MAX_LENGTH + 1);
  const lastDash = head.lastIndexOf('-');
  return lastDash > 0 ? head.slice(0, lastDash) : slug.slice(0, MAX_LENGTH);
}

/**
 * The heading of chart `host` as the reader sees it, as plain text (runs of white space as one
 * space): the text of the elements slotted into its `heading` slot, which takes the place of
 * the attribute's text on the page, else its `heading`. A server render has no slotted content.
 * @internal
 */
export function shownHeading(host: Element & {heading?: string | null}): string {
  // A server render's element (Lit's DOM shim) has no children to query.
  const slotted = host.querySelectorAll ? Array.from(host.querySelectorAll(':scope > [slot="heading"]')) : [];
  const text = slotted.length ? slotted.map((element) => element.textContent).join('') : (host.heading ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The base name of every file downloaded from chart `host`, CSV, SVG and PNG alike: its heading
 * as shown ({@link shownHeading}) made a file name ({@link fileName}).
 * @internal
 */
export const downloadName = (host: Element & {heading?: string | null}): string => fileName(shownHeading(host));
