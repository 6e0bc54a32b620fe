import type {PropertyDeclarations} from 'lit';
import type {MarkType} from '../core/index.js';
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
  static override properties: PropertyDeclarations = {mark: {}};

  /** `column` (default), `line` or `area`. Columns and areas always include the zero baseline. */
  mark = 'column';

  protected get _marks(): readonly MarkType[] {
    return ['column', 'line', 'area'];
  }

  protected get _multiSeries() {
    return false;
  }
}
