/**
 * Names for people from column names.
 * @internal
 * @module
 */

/** Short names of letters alone are abbreviations: "tiv" is TIV, "gdp" GDP. */
const ABBREVIATION = /^\p{L}{1,3}$/u;

/** A name a program wrote: letters, digits, spaces, underscores and hyphens only. */
const IDENTIFIER = /^[\p{L}\p{N}\s_-]+$/u;

/**
 * A column name (or a series name of long rows) made readable, for a series the author has not
 * named.
 * - A short name of letters alone is upper-cased ("tiv" is "TIV", "usa" "USA").
 * - A name that begins with a small letter is split into words at underscores, hyphens, spaces
 *   and lower-to-upper case changes, the first capitalised and the others lower-cased unless
 *   written in capitals ("arms_exports" and "armsExports" are "Arms exports", "china_spend" is
 *   "China spend", "share_of_GDP" keeps "GDP").
 * - A name that begins with a capital letter was capitalised by a person, who chose its capitals:
 *   only its underscores and case changes become spaces ("GDP_growth" is "GDP growth", "Saudi
 *   Arabia" and "Guinea-Bissau" stay as written).
 * - A name with any other character ("Spending (US$ bn)", "<b>x</b>") is the author's own words
 *   and is kept as written.
 */
export function readableName(column: string): string {
  const name = column.trim();
  if (!IDENTIFIER.test(name)) return name;
  if (ABBREVIATION.test(name)) return name.toUpperCase();
  const camel = name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  if (/^\p{Lu}/u.test(name)) return camel.split(/[\s_]+/).filter(Boolean).join(' ');
  const words = camel.split(/[\s_-]+/).filter(Boolean);
  if (words.length === 0) return name;
  // Words written in capitals ("GDP") or with capitals inside keep them; others are lower-cased after the first.
  const cased = words.map((w, i) => (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(w) ? w.toLowerCase() : w));
  const first = cased[0];
  cased[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return cased.join(' ');
}
