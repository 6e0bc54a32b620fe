import {html, nothing, type TemplateResult} from 'lit';
import {styleProperties} from '../style-properties.js';

/** Slots of the figure's own lines, each also an attribute of the same name. */
const SLOTS = ['heading', 'subheading', 'note', 'source'] as const;

/**
 * The author's text of the figure, as the element's properties of the same names hold it.
 * @internal
 */
export interface FigureText {
  heading?: string;
  subheading?: string;
  note?: string;
  source?: string;
  /** The author's `description` (which, like the `description` slot, replaces the summary). */
  description?: string;
  /** Whether the summary is shown as a caption (`show-summary`). */
  showSummary: boolean;
}

/**
 * What the figure around a chart shows besides the author's text.
 * @internal
 */
export interface FigureView {
  /** Prefix of the ids in the element's shadow root. */
  id: string;
  /** The source link when `source-href` is an http(s) URL. */
  sourceHref?: string;
  /** `heading-level` when it is 1 to 6: the heading is then part of the page outline. */
  outlineLevel?: number;
  /** Whether the host has light-DOM content for slot `name`. */
  slotted(name: string): boolean;
  /** The generated summary. */
  summary: string;
  /** The figure's accessible name when it has no heading. */
  label: string;
  /** `lang` of generated words (`nothing` when they are in the element's language). */
  lang: string | typeof nothing;
  /** A valid CSS aspect ratio of the author's for the plot area. */
  aspectRatio?: string;
  /** The rows above and below the plot area (CSS lengths): the plot box's padding, which adds them to its height. */
  plotRows: {top: string; bottom: string};
  /** Between the subheading and the plot (a ratio, a legend). */
  beforePlot: unknown;
  /** The plot's content: the svg and tooltip, or a message. */
  plot: unknown;
  /** Right under the plot (notes of labels with no room in it). */
  belowPlot?: unknown;
  /** The controls and the data table under the chart. */
  after: unknown;
}

/**
 * The whole chart as a `<figure>`: heading, subheading, summary, what comes before the plot, the
 * plot, note, source, and what comes after (controls and table). The summary is the figure's
 * description and is hidden from the reading order (`aria-hidden`, which a description
 * reference still reads), so that a screen reader says it once.
 * @internal
 */
export function renderFigure(text: FigureText, view: FigureView): TemplateResult {
  const has = Object.fromEntries(SLOTS.map((s) => [s, !!text[s] || view.slotted(s)]));
  // An author's aspect ratio wins over the default height limits.
  const plotStyle = {
    ...(view.aspectRatio ? {'aspect-ratio': view.aspectRatio, 'max-height': 'none', 'min-height': '0'} : {}),
    'padding-top': view.plotRows.top,
    'padding-bottom': view.plotRows.bottom,
  };
  const ownDescription = !!text.description || view.slotted('description');
  return html`<figure
    part="figure"
    aria-labelledby=${has.heading ? `${view.id}-heading` : nothing}
    aria-label=${has.heading ? nothing : view.label}
    aria-describedby="${view.id}-summary"
  >
    ${renderHeading(text.heading, view)}
    <p class="subheading" part="subheading" ?hidden=${!has.subheading}><slot name="subheading">${text.subheading ?? ''}</slot></p>
    <p id="${view.id}-summary" class=${text.showSummary ? 'summary' : 'visually-hidden'} part="summary" lang=${ownDescription ? nothing : view.lang} aria-hidden="true"
      ><slot name="description">${ownDescription ? (text.description ?? '') : view.summary}</slot></p
    >
    ${view.beforePlot}
    <div class="plot" part="plot" style=${styleProperties(plotStyle)}>
      ${view.plot}
    </div>
    ${view.belowPlot ?? nothing}
    <p class="note" part="note" ?hidden=${!has.note}><slot name="note">${text.note ?? ''}</slot></p>
    <p class="source" part="source" ?hidden=${!has.source}><slot name="source"
      >${view.sourceHref ? html`<a href=${view.sourceHref}>${text.source ?? view.sourceHref}</a>` : (text.source ?? '')}</slot
    ></p>
    ${view.after}
  </figure>`;
}

/** The heading: a heading of the page outline at `outlineLevel`, else styled text. */
function renderHeading(heading: string | undefined, view: FigureView): TemplateResult {
  const level = view.outlineLevel;
  const hidden = !heading && !view.slotted('heading');
  return html`<div
    id="${view.id}-heading"
    class="heading"
    part="heading"
    role=${level ? 'heading' : nothing}
    aria-level=${level ?? nothing}
    ?hidden=${hidden}
  ><slot name="heading">${heading ?? ''}</slot></div>`;
}

/**
 * The message shown in place of the plot (no data, loading, an error).
 * @internal
 */
export function renderMessage(text: string, role: 'status' | 'alert'): TemplateResult {
  return html`<div class="message" part="message" role=${role}>${text}</div>`;
}

/**
 * `href` resolved against the document when it is an http(s) URL, else `undefined` (no
 * `javascript:` or `data:` link from an attribute).
 * @internal
 */
export function httpUrl(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    // A server render has no document: an absolute URL is checked alone, a relative one kept as given.
    if (typeof document === 'undefined') return /^https?:$/.test(new URL(href, 'http://relative.invalid/').protocol) ? href : undefined;
    const url = new URL(href, document.baseURI);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A heading level when `value` is a whole number from 1 to 6 (a number set from script may come
 * as a string, "2" from a framework's binding), else `undefined`.
 * @internal
 */
export function outlineLevel(value: unknown): number | undefined {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
}
