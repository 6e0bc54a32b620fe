/** Test helpers for the charts' SVG and PNG files: catching the file an element saves. */
import {expect} from '@open-wc/testing';

/** A file an element saved: its name and its bytes. */
export interface Saved {
  name: string;
  blob: Blob;
}

/**
 * Runs `start` (what makes `el` save a file) and resolves with the file saved: the hidden link
 * the element clicks in its shadow root is caught before the browser downloads it (in any frame:
 * the element may come from a bundle in an iframe).
 */
export function caughtDownload(el: Element, start: () => unknown): Promise<Saved> {
  const root = el.shadowRoot!;
  const saved = new Promise<Saved>((resolve) => {
    const caught = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (link.localName !== 'a' || !link.hasAttribute('download') || !link.hidden) return;
      event.preventDefault();
      root.removeEventListener('click', caught, true);
      resolve(fetch(link.href).then(async (response) => ({name: link.download, blob: await response.blob()})));
    };
    root.addEventListener('click', caught, true);
  });
  // A start that fails fails the wait, rather than leaving it to the test's timeout.
  const started = Promise.resolve(start());
  return Promise.race([saved, started.then(() => saved)]);
}

/** A saved SVG, parsed as XML (failing the test when it does not parse). */
export async function parsedSvg(file: Saved): Promise<Document> {
  const doc = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the SVG parses').to.equal(null);
  return doc;
}

/** The texts of a document's SVG `<text>` elements. */
export const svgTexts = (doc: Document) => Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? '');

/** The download control (link or button) of `el` named `label`. */
export const control = (el: Element, label: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.controls a, .controls button')).find((c) => c.textContent?.trim() === label)!;

/** Presses the download control of `el` named `label` and resolves with the file saved (see {@link caughtDownload}). */
export const download = (el: Element, label: string): Promise<Saved> => caughtDownload(el, () => control(el, label).click());

/**
 * A saved SVG shown in the page, for measuring: its document in the shadow root of a new element
 * (its stylesheet scoped there, as in a file of its own), at its own size. Remove it with the
 * returned element's `remove()`.
 */
export function shownSvg(doc: Document): {host: HTMLElement; svg: SVGSVGElement} {
  const host = document.createElement('div');
  document.body.append(host);
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  host.attachShadow({mode: 'open'}).append(svg);
  return {host, svg};
}

/**
 * The box of an SVG text as drawn, in the page: its advance width (`getBBox()`, without a halo's
 * stroke) and, as engines report different line boxes for one font, a height from its baseline,
 * 0.8 em above and 0.22 em below, as test/elements/plot-texts.test.ts measures the plot's texts.
 * Through the text's screen matrix, so nested svgs and transforms count.
 */
export function inkBox(text: SVGTextElement): DOMRect {
  const matrix = text.getScreenCTM()!;
  const box = text.getBBox();
  const size = parseFloat(getComputedStyle(text).fontSize);
  const dy = text.getAttribute('dy') ? parseFloat(text.getAttribute('dy')!) * size : 0;
  const at = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(matrix);
  const left = at(box.x, 0).x;
  const right = at(box.x + box.width, 0).x;
  const y = text.y.baseVal.numberOfItems ? text.y.baseVal.getItem(0).value : 0;
  const baseline = at(0, y + dy).y;
  return new DOMRect(left, baseline - 0.8 * size, right - left, 1.02 * size);
}
