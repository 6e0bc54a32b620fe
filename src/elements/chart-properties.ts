import {LitElement, type PropertyDeclarations} from 'lit';
import {jsonProperty, numberConverter} from './converters.js';
import type {AnnotationOption, ChartData, ChartState, DownloadList} from './element-types.js';
import type {ChartDataError} from '../core/index.js';

/**
 * The public API of every chart element in one place: its properties and attributes, events,
 * slots, parts and CSS properties, with their documentation. The base of `ChartElement`, which
 * gives them their behaviour; not registered as an element itself.
 *
 * @fires chart-error - When the data cannot be drawn (also for "no data"), or an SVG or PNG download cannot be made (`download-failed`). Detail: `{code: string, message: string}`. A chart in the page's HTML fires its first events after `DOMContentLoaded`, so that the page's later scripts hear them; `state` and `error` say the same at any time.
 * @fires chart-render - After each drawing that changed (new data, options, size or language): setting `data`, `series` or `annotations` to a value with the same JSON as the current one draws nothing and fires nothing, so a handler may set a framework's state. Detail: `{marks: number, warnings: string[]}`. Like `chart-error`, waits for `DOMContentLoaded` while the page is being read.
 *
 * @slot heading - Rich text for the heading; replaces the `heading` attribute's text.
 * @slot subheading - Rich text for the line under the heading (put units here).
 * @slot note - Rich text for the note under the chart.
 * @slot source - Rich text for the source line, e.g. with a link.
 * @slot description - Your own description for screen readers; replaces the generated summary.
 *
 * @csspart figure - The whole chart, a `<figure>`.
 * @csspart heading - The heading.
 * @csspart subheading - The line under the heading.
 * @csspart plot - The box that holds the SVG, the message and the tooltip.
 * @csspart svg - The SVG drawing.
 * @csspart message - The "no data" or error message in place of the plot.
 * @csspart tooltip - The tooltip.
 * @csspart note - The note line.
 * @csspart source - The source line.
 * @csspart summary - The summary (visually hidden unless `show-summary`).
 * @csspart controls - The row with the "Show data" button and the downloads.
 * @csspart button - The "Show data" button.
 * @csspart download - Each download: the "Download CSV" link, the "Download SVG" and "Download PNG" buttons.
 * @csspart table-wrapper - The box around the data table (visually hidden until "Show data").
 * @csspart table - The data table; screen readers reach it even while it is visually hidden.
 * @csspart label-notes - The numbered notes under the plot: labels with no room in it (their markers are in the plot).
 *
 * @cssprop [--tiv-color-text=currentColor] - Text colour (heading, labels).
 * @cssprop [--tiv-color-muted=color-mix(in srgb, currentColor 72%, transparent)] - Secondary text: subheading, ticks, note, source.
 * @cssprop [--tiv-color-mark=var(--tiv-series-1)] - Colour of the columns, line or area of a one-series chart; charts of several series colour them with `--tiv-series-1` … `--tiv-series-8` only.
 * @cssprop [--tiv-color-highlight=color-mix(in srgb, var(--tiv-color-mark) 62%, currentColor)] - Colour of highlighted marks; by default each is a shade of its own series' colour toward the text colour, in a ring.
 * @cssprop [--tiv-color-halo=var(--tiv-color-background, Canvas)] - Halo around labels drawn over marks: the background of `theme="light"`/`"dark"`, else `--tiv-color-background`, else white or black, whichever gives the text colour more contrast (`Canvas` where relative colours are not supported).
 * @cssprop [--tiv-color-grid=color-mix(in srgb, currentColor 22%, transparent)] - Gridlines.
 * @cssprop [--tiv-color-baseline=color-mix(in srgb, currentColor 75%, transparent)] - The zero baseline.
 * @cssprop [--tiv-color-range=color-mix(in srgb, currentColor 8%, transparent)] - Shaded annotation ranges.
 * @cssprop [--tiv-color-background=transparent] - Background of the element (`theme="light"`/`"dark"` paint white / #121212).
 * @cssprop [--tiv-color-focus=currentColor] - Keyboard focus ring.
 * @cssprop [--tiv-tooltip-background=Canvas] - Tooltip background.
 * @cssprop [--tiv-tooltip-color=CanvasText] - Tooltip text.
 * @cssprop [--tiv-font-family=inherit] - Font of all text; the page's font by default.
 * @cssprop [--tiv-font-size-heading=1.25rem] - Heading size.
 * @cssprop [--tiv-font-weight-heading=700] - Heading weight.
 * @cssprop [--tiv-font-size-subheading=1rem] - Subheading size.
 * @cssprop [--tiv-font-size-small=0.8125rem] - Ticks, labels, note and source.
 * @cssprop [--tiv-line-width=2.5px] - Stroke width of lines.
 * @cssprop [--tiv-aspect-ratio=1 / 1] - Ratio of the chart's width to its plot area's height (the area inside the axes), within the min and max heights; rows of labels around it add to the height (the `aspect-ratio` attribute overrides it).
 * @cssprop [--tiv-plot-min-height=12rem] - Smallest height of the plot area.
 * @cssprop [--tiv-plot-max-height=26rem] - Largest height of the plot area: wide charts are about 16 / 9 or wider. The minimum wins over it: for a plot under 12rem, lower `--tiv-plot-min-height` too.
 * @cssprop [--tiv-chart-margin-block=1.5rem 2rem] - Space above and below the chart (CSS `margin-block`), so that in a page of text the source line does not touch the next paragraph; it collapses with the paragraphs' own margins. `0` removes it; a `margin` set on the element wins.
 */
export abstract class ChartProperties extends LitElement {
  static override properties: PropertyDeclarations = {
    heading: {},
    subheading: {},
    source: {},
    sourceHref: {attribute: 'source-href'},
    note: {},
    headingLevel: {attribute: 'heading-level', converter: numberConverter},
    data: jsonProperty,
    src: {},
    xKey: {attribute: 'x-key'},
    yKey: {attribute: 'y-key'},
    unit: {},
    unitLabel: {attribute: 'unit-label'},
    prefix: {},
    locale: {},
    yFormat: {attribute: 'y-format'},
    valueFormat: {attribute: 'value-format'},
    yAxis: {attribute: 'y-axis'},
    yMin: {attribute: 'y-min', converter: numberConverter},
    yMax: {attribute: 'y-max', converter: numberConverter},
    yScale: {attribute: 'y-scale'},
    curve: {},
    highlight: {},
    annotations: jsonProperty,
    aspectRatio: {attribute: 'aspect-ratio'},
    description: {},
    showSummary: {type: Boolean, attribute: 'show-summary'},
    theme: {reflect: true},
    downloads: {},
  };

  /** Chart title; names the chart for assistive technology. The `heading` slot overrides its display. */
  heading?: string;
  /** Line under the heading; put the unit here, e.g. "TIV, millions". */
  subheading?: string;
  /** Source line under the chart, e.g. "Source: SIPRI Arms Transfers Database". */
  source?: string;
  /** Makes the source line a link; only `http:` and `https:` URLs are used. */
  sourceHref?: string;
  /** A note under the chart. */
  note?: string;
  /** 1–6: renders the heading as a heading of that level in the page outline. Without it the heading is styled text. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /**
   * The data: an array of `{"year": 2001, "value": 2890}` objects or `[2001, 2890]` pairs, as a
   * JSON attribute or an array property. Takes precedence over `src` and child content.
   */
  data?: ChartData;
  /** URL of a CSV or JSON data file. A new URL aborts the previous request; only the latest is drawn. */
  src?: string;
  /** Column with the years, or ISO 8601 dates (a date axis, in UTC). Default `year` (else the first column). */
  xKey?: string;
  /** Column with the values. Default `value` (else the first other numeric column). */
  yKey?: string;
  /** Text after each number, e.g. `mn` or `%`. */
  unit?: string;
  /** Words for `unit` and `prefix` read by screen readers, e.g. `million TIV`; common abbreviations have defaults. */
  unitLabel?: string;
  /**
   * Text before each number, e.g. `$`. (This replaces the DOM's namespace `prefix`, which is
   * always null for HTML elements.)
   */
  override prefix: string | null = null;
  /** BCP 47 locale for numbers; default: the nearest `lang` attribute, else `en`. */
  locale?: string;
  /** d3-format specifier of the y-axis tick labels, e.g. `,.1f`; invalid specifiers are ignored with a warning. */
  yFormat?: string;
  /**
   * d3-format specifier of values in tooltips, labels, the live region, the summary and the data
   * table, e.g. `,.2f`; by default a value shows the precision the data have. Invalid specifiers
   * are ignored with a warning.
   */
  valueFormat?: string;
  /**
   * Where the y-axis labels sit: `left` (default, in a margin as wide as the widest label) or
   * `inline` (on top of their gridlines at the left, so that a line or area takes the whole width;
   * columns and bars still begin right of the widest label). Other values fall back to `left` with
   * a warning.
   * @attr y-axis
   */
  yAxis = 'left';
  /** Lower end of the value axis (columns and areas always include zero). */
  yMin?: number;
  /** Upper end of the value axis (columns and areas always include zero). */
  yMax?: number;
  /**
   * `linear` (default) or `log` (base 10: values of zero or less are gaps, with a warning; a mark
   * that needs a zero baseline, such as columns or an area, is drawn as a line). Other values fall
   * back to `linear` with a warning.
   * @attr y-scale
   */
  yScale: 'linear' | 'log' = 'linear';
  /**
   * How lines and areas join their points: `linear` (default, straight segments), `monotone`
   * (smooth, never overshooting the data) or `step` (each value holds until the next). Other
   * values fall back to `linear` with a warning.
   * @attr curve
   */
  curve: 'linear' | 'monotone' | 'step' = 'linear';
  /** Years (ISO dates on a date axis) to emphasise, separated by commas or spaces, or `max`, `min`, `first`, `last`. */
  highlight?: string;
  /**
   * JSON list of `{"year": 2014, "label": "…"}` markers and `{"from": 2014, "to": 2016, "label": "…"}`
   * ranges; on a date axis ISO dates, `{"date": "2020-04-20", "label": "…"}`.
   */
  annotations?: readonly AnnotationOption[];
  /**
   * Ratio of the chart's width to its plot area's height, as CSS `aspect-ratio` (e.g. `4 / 3`);
   * rows of labels (annotations, value labels, x ticks) add to the height. Default: a square plot
   * area on phones, 26rem tall at most (about 16 / 9 and wider on wide screens).
   */
  aspectRatio?: string;
  /** Your own description of the chart for screen readers; replaces the generated summary (the `description` slot does too). */
  description?: string;
  /** Shows the summary (generated or `description`) as a visible caption under the subheading. */
  showSummary = false;
  /** `light`, `dark` or `auto` (default: the page's own colours). `light` and `dark` paint their own background. */
  theme?: 'light' | 'dark' | 'auto';
  /**
   * The files a reader may download under the chart, separated by spaces: `csv` (the data, the
   * default), `svg` (the whole figure as one standalone SVG, as `renderChartSVG` makes it) and
   * `png` (that SVG drawn at twice its size), e.g. `csv svg png`; empty for none. Other names are
   * ignored with a warning. SVG and PNG are made by `tiv-charts.export.js`, loaded when a reader
   * asks for one: with the script tag, serve it beside the bundle.
   */
  downloads: DownloadList = 'csv';
  /**
   * How values are drawn; each element declares and documents its own marks.
   * @ignore
   */
  abstract mark: string;

  /** What {@link state} and {@link error} read (set after each update by `ChartElement`). */
  private _shown?: {state: ChartState; error?: ChartDataError};

  /**
   * What the chart shows now, read-only and also on the element as the `state` attribute (for
   * code that runs after the chart's first events, and for CSS: `tiv-trend[state="error"]`):
   * `loading` (its data or its size are on their way), `empty` (given no data yet: "No data to
   * show."), `ready` (drawn; `chart-render` fired) or `error` (a message in place of the plot;
   * `chart-error` fired). `undefined` before the element's first update.
   */
  get state(): 'loading' | 'empty' | 'ready' | 'error' | undefined {
    return this._shown?.state;
  }

  /**
   * The error the chart reports now, read-only, while it stands (else `undefined`): a
   * `ChartDataError` whose `code` and `message` are those of its latest `chart-error`. A chart
   * drawn whose ratio cannot be computed is `ready` with an `invalid-ratio` error.
   */
  get error(): ChartDataError | undefined {
    return this._shown?.error;
  }

  /** Sets what {@link state} and {@link error} read, and the `state` attribute. */
  protected _show(state: ChartState, error: ChartDataError | undefined) {
    this._shown = {state, error};
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
  }
}
