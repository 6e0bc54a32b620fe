/**
 * The page's text sizes in the standalone SVG: an author's `--tiv-font-size-*` (and
 * `--tiv-font-weight-heading`) change the chart on the page and the exported figure alike, and
 * the figure's texts, wrapped and placed at those sizes, never touch (measured in the SVG shown
 * in the page).
 */
import {expect} from '@open-wc/testing';
import {downloadFigure} from '../../src/export/download.js';
import {$, cleanup, mount, overlaps} from '../helpers/chart.js';
import {caughtDownload, inkBox, parsedSvg, shownSvg} from '../helpers/download.js';

const SIZES = '--tiv-font-size-heading: 2.25rem; --tiv-font-weight-heading: 600; --tiv-font-size-subheading: 1.3rem; --tiv-font-size-small: 1rem; --tiv-font-size-ratio: 3rem';
const COMPARE = `<spend-compare src="/test/fixtures/milex-china-russia.csv" series='[{"key":"china","label":"China"},{"key":"russia","label":"Russia"}]' mark="bar" ratio-year="2020"
  heading="China outspends Russia almost fourfold in military spending" subheading="Military expenditure, US$ billions at constant 2019 prices" prefix="$" unit="bn"
  note="Figures for Russia include estimates." source="Source: SIPRI Military Expenditure Database 2021" style="${SIZES}"></spend-compare>`;
const TREND = `<tiv-trend src="/test/fixtures/tiv-russia-china.csv" heading="Russia's arms deliveries to China peaked in 2005" subheading="TIV, millions" unit="mn"
  highlight="max" annotations='[{"year":2014,"label":"Crimea annexed"},{"year":1999,"label":"Su-30 deal signed"}]' source="Source: SIPRI Arms Transfers Database" style="${SIZES}"></tiv-trend>`;

/** The SVG `el` saves, parsed. */
const exported = async (el: HTMLElement) =>
  parsedSvg(await caughtDownload(el, () => downloadFigure({host: el, plot: $<SVGSVGElement>(el, 'svg.chart')!, format: 'svg'})));

/** A part's computed font size and weight on the page. */
const pageFont = (el: HTMLElement, selector: string) => {
  const style = getComputedStyle($(el, selector)!);
  return [style.fontSize, style.fontWeight];
};

describe("the page's text sizes in the SVG", () => {
  let shown: HTMLElement | undefined;
  afterEach(() => {
    shown?.remove();
    cleanup();
  });

  for (const [name, markup] of [
    ['<spend-compare>, bars: ratio and legend', COMPARE],
    ['<tiv-trend>: annotations and a highlight', TREND],
  ]) {
    for (const width of [375, 1280]) {
      it(`${name}, at ${width} px: each text at its size on the page, and no two texts touch`, async () => {
        const {el} = await mount(markup, width);
        const page = {heading: pageFont(el, '[part~=heading]'), subheading: pageFont(el, '[part~=subheading]'), small: pageFont(el, '.x-axis text')};
        expect(page.heading, 'the page').to.deep.equal(['36px', '600']);
        const view = shownSvg(await exported(el));
        shown = view.host;
        const font = (selector: string) => {
          const style = getComputedStyle(view.svg.querySelector(selector)!);
          return [style.fontSize, style.fontWeight];
        };
        expect(font('.fig-heading'), 'heading').to.deep.equal(page.heading);
        expect(font('.fig-subheading')[0], 'subheading').to.equal(page.subheading[0]);
        expect(font('.x-axis text')[0], 'ticks').to.equal('16px');
        expect(font('.fig-small')[0], 'source').to.equal('16px');
        if (el.localName === 'spend-compare') {
          expect(font('.fig-ratio-value')[0], 'ratio').to.equal(pageFont(el, '.ratio-value')[0]);
          expect(font('.fig-legend')[0], 'legend').to.equal('16px');
        }
        const texts = Array.from(view.svg.querySelectorAll('text')).filter((t) => t.textContent?.trim());
        const boxes = texts.map(inkBox);
        const svgBox = view.svg.getBoundingClientRect();
        for (const [i, box] of boxes.entries()) {
          expect(box.left, `"${texts[i].textContent}" inside`).to.be.at.least(svgBox.left);
          expect(box.right, `"${texts[i].textContent}" inside`).to.be.at.most(svgBox.right);
          expect(box.bottom, `"${texts[i].textContent}" inside`).to.be.at.most(svgBox.bottom);
        }
        const touching = texts.flatMap((a, i) => texts.slice(i + 1).filter((_, k) => overlaps([boxes[i], boxes[i + 1 + k]])).map((b) => `"${a.textContent}" and "${b.textContent}"`));
        expect(touching, 'texts that touch').to.deep.equal([]);
      });
    }
  }
});
