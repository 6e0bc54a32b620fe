import type {PropertyDeclarations} from 'lit';
import type {MarkType, NormalizeOptions} from '../core/index.js';
import {ChartElement} from './chart-element.js';

/**
 * `<tiv-trend>`: one yearly series, such as SIPRI trend-indicator values (TIV) of arms exports,
 * drawn as columns, a line or an area, with a heading, source line, tooltip, accessible summary
 * and data table.
 *
 * Data comes from, in order of precedence: the `data` attribute or property (`[{"year": 2001,
 * "value": 2890}]` or `[[2001, 2890]]`), `src` (a CSV or JSON file), a child
 * `<script type="application/json">`, or a child `<table>` (first column years, second values;
 * it stays visible until the script loads). Rows with a missing or non-numeric value are gaps.
 *
 * @summary One yearly series as columns, a line or an area.
 * @tagname tiv-trend
 */
export class TivTrend extends ChartElement {
  static override properties: PropertyDeclarations = {mark: {}, seriesLabel: {attribute: 'series-label'}};

  /** `column` (default), `line` or `area`. Columns and areas always include the zero baseline. */
  mark: 'column' | 'line' | 'area' = 'column';

  /**
   * The series' name, e.g. "Arms exports": the heading of its column in the table and the CSV,
   * and said in the tooltip, the live region and the summary ("2005, Arms exports: 3,077 million
   * TIV"). Without it the table and CSV head the column with its name made readable
   * ("arms_exports" is "Arms exports", "tiv" is "TIV"; a column named `value` is "Value" in the
   * reader's language), and the tooltip and summary leave the name out, as the heading gives it.
   * @attr series-label
   */
  seriesLabel?: string;

  protected get _marks(): readonly MarkType[] {
    return ['column', 'line', 'area'];
  }

  protected get _multiSeries() {
    return false;
  }

  protected override get _namedSeries(): boolean {
    return typeof this.seriesLabel === 'string' && this.seriesLabel.trim() !== '';
  }

  protected override _normalizeOptions(): NormalizeOptions {
    const options = super._normalizeOptions();
    if (this._namedSeries) options.seriesLabel = this.seriesLabel;
    return options;
  }
}
