/**
 * The warnings of normalizing, counted by kind.
 * @internal
 * @module
 */

/** A warning of a kind that occurred `n` times: "{n} rows were …" reads "1 row was …" for one. */
function counted(kind: string, n: number): string {
  return n === 1
    ? kind.replace('{n} rows repeat', '1 row repeats').replace('{n} rows', '1 row').replace('{n} values', '1 value').replace(' were ', ' was ').replace(' are shown as gaps', ' is shown as a gap').replace('{n}', '1')
    : kind.replace('{n}', String(n));
}

/**
 * Counts warnings by kind, so that 10,000 bad rows give one line, not 10,000. A kind is the
 * warning's text with `{n}` where the count goes ("{n} rows were skipped: …").
 * @internal
 */
export class WarningTally {
  private readonly _counts = new Map<string, number>();

  /** Counts `n` more warnings of `kind`. */
  add(kind: string, n = 1): void {
    this._counts.set(kind, (this._counts.get(kind) ?? 0) + n);
  }

  /** One line per kind, in the order of first occurrence, with its count written in. */
  lines(): string[] {
    return Array.from(this._counts, ([kind, n]) => counted(kind, n));
  }
}
