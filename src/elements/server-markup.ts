import type {MeasureText, RowContent} from '../core/index.js';
import {verticalRoom} from '../core/index.js';
import {isServer} from 'lit';
import type {Font, Size} from '../controllers/size-controller.js';

/**
 * What a server render draws with and reports (`tiv-charts/ssr.js`, which has no layout engine).
 * @internal
 */
export interface ServerRender {
  /** The chart's width, px. */
  width: number;
  /** The plot area's height, px (the svg's less the rows of labels above and below it). */
  areaHeight: number;
  /** The plot's font (its size in px). */
  font: Font;
  /** A text measurer for the plot's font at a weight. */
  measure(fontWeight: number): MeasureText;
  /** Called with the element once it has rendered. */
  rendered?(element: HTMLElement): void;
}

/**
 * The id of the script in a server-rendered shadow root that holds the widths of the texts the
 * server measured, `{"<weight> <text>": px}`: the browser's first render reads them instead of
 * measuring, so that it matches the server's markup whatever fonts the reader has.
 * @internal
 */
export const MEASURED_WIDTHS_ID = 'measured-widths';

/**
 * The svg size of a server render: its plot area and the rows of labels around it, as the CSS
 * sizes the plot box (padding of `em` × the font size + `px`; the observed height is floored).
 * @internal
 */
export function serverPlotSize(server: ServerRender, content: RowContent): Size {
  const {top, bottom} = verticalRoom(content);
  const room = (top.em + bottom.em) * server.font.size + top.px + bottom.px;
  return {width: server.width, height: Math.floor(server.areaHeight + room)};
}

/**
 * How a server-rendered shadow root was drawn: its svg's size, the prefix of its ids, whether
 * its hidden table is built, and the widths the server measured; `undefined` when `root` holds
 * no server-rendered chart of ours.
 * @internal
 */
export function readServerMarkup(root: ShadowRoot | null): {size: Size; id?: string; tableBuilt: (id: string) => boolean; widths: Map<string, number>} | undefined {
  const svg = root?.querySelector('svg.chart');
  const script = root?.getElementById(MEASURED_WIDTHS_ID);
  if (!root || !svg || !script) return undefined;
  let widths: Map<string, number>;
  try {
    widths = new Map(Object.entries(JSON.parse(script.textContent ?? '')));
  } catch {
    return undefined;
  }
  return {
    size: {width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height'))},
    id: root.querySelector('figure')?.getAttribute('aria-describedby')?.replace(/-summary$/, ''),
    tableBuilt: (id) => !!root.getElementById(`${id}-table`),
    widths,
  };
}

/** `measure`, answering from `widths` (keyed `"<weight> <text>"`) first. @internal */
export function measuredFirst(measure: MeasureText, widths: ReadonlyMap<string, number>, fontWeight: number): MeasureText {
  return (text) => widths.get(`${fontWeight} ${text}`) ?? measure(text);
}

/** The child of `host` for slot `name` (none in a server render, which is given attributes only). @internal */
export function slottedChild(host: Element, name: string): Element | null {
  return isServer ? null : host.querySelector(`:scope > [slot="${name}"]`);
}
