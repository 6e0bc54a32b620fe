/**
 * The chart inside a page it does not control: the Vite React template's CSS (a centring flex
 * body, a centred flex column root with `text-align: center`, mid-grey text on white or light grey
 * on near-black). The chart takes its container's full width, keeps its own text alignment, and
 * its labels' halos match the page's background, light and dark.
 */
import {expect} from '@open-wc/testing';
import {$, $$, cleanup, expectNoPageErrors, nextChartEvent} from '../helpers/chart.js';
import {backgroundOf, contrast, rgba} from '../helpers/contrast.js';

expectNoPageErrors();

/** The template's layout, scoped to `.app` (the body) and `.root` (its `#root` and centring section). */
const templateCss = `
  .app { display: flex; place-items: center; min-width: 320px; margin: 0; font: 16px/1.5 system-ui, sans-serif; }
  .root { width: 100%; max-width: 1126px; margin: 0 auto; text-align: center; display: flex; flex-direction: column; place-items: center; padding: 0 16px; box-sizing: border-box; }
  .grid { display: grid; justify-items: center; text-align: center; }
  .row { display: flex; }
  .row > aside { flex: none; width: 100px; }
`;

const chart = (extra = '') =>
  `<tiv-trend heading="Exports from React" unit="TIV, millions" ${extra} data='[{"year":2020,"value":420},{"year":2021,"value":780},{"year":2022,"value":310}]' annotations='[{"year":2021,"label":"Deal"}]'></tiv-trend>`;

let style: HTMLStyleElement;
let app: HTMLDivElement;
before(() => {
  style = document.createElement('style');
  style.textContent = templateCss;
  document.head.append(style);
});
after(() => style.remove());
afterEach(() => {
  app?.remove();
  cleanup();
});

/** Mounts `inner` (which holds one chart) in an `.app` page of `width` px with `pageStyle`, and waits for the chart's render. */
async function page(inner: string, width = 1280, pageStyle = 'color: #213547; background: #ffffff'): Promise<HTMLElement> {
  app = document.createElement('div');
  app.className = 'app';
  app.style.cssText = `width: ${width}px; ${pageStyle}`;
  const rendered = nextChartEvent(app);
  app.innerHTML = inner;
  document.body.append(app);
  await rendered;
  return app.querySelector('tiv-trend')!;
}

const contentWidth = (el: Element) => {
  const s = getComputedStyle(el);
  return el.getBoundingClientRect().width - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - parseFloat(s.borderLeftWidth) - parseFloat(s.borderRightWidth);
};

describe('the chart in a page it does not control (Vite React template)', () => {
  for (const width of [375, 1280]) {
    it(`${width} px: in a centring flex column, the chart takes the container's full content width`, async () => {
      const el = await page(`<div class="root">${chart()}</div>`, width);
      const root = el.parentElement!;
      expect(el.getBoundingClientRect().width).to.be.closeTo(contentWidth(root), 0.5);
      expect($(el, 'svg')!.getBoundingClientRect().width).to.be.closeTo(contentWidth(root), 1);
    });
  }

  it('as a grid item of a centring grid, the chart takes the grid area full width', async () => {
    const el = await page(`<div class="grid" style="width: 700px">${chart()}</div>`);
    expect(el.getBoundingClientRect().width).to.be.closeTo(700, 0.5);
  });

  it("in a flex row beside a sidebar, the chart takes the rest of the row and never overflows it (min-width: 0)", async () => {
    const el = await page(`<div class="row" style="width: 500px"><aside></aside>${chart()}</div>`);
    expect(el.getBoundingClientRect().width).to.be.closeTo(400, 0.5);
    const row = el.parentElement!.getBoundingClientRect();
    expect(el.getBoundingClientRect().right).to.be.at.most(row.right + 0.5);
  });

  it('with padding and a border of its own, the chart still fits its container (border-box)', async () => {
    const el = await page(`<div class="root">${chart('style="padding: 10px; border: 3px solid"')}</div>`, 375);
    expect(el.getBoundingClientRect().width).to.be.closeTo(contentWidth(el.parentElement!), 0.5);
  });

  it("an author's own width and max-width on the element win", async () => {
    const el = await page(`<div class="root">${chart('style="width: 300px"')}</div>`);
    expect(el.getBoundingClientRect().width).to.be.closeTo(300, 0.5);
    const capped = await page(`<div class="root">${chart('style="max-width: 420px"')}</div>`);
    expect(capped.getBoundingClientRect().width).to.be.closeTo(420, 0.5);
  });

  it("the page's text-align: center does not centre the chart's heading", async () => {
    const el = await page(`<div class="root">${chart()}</div>`);
    const heading = $(el, '.heading, h2, h3, figcaption')!;
    expect(getComputedStyle(heading).textAlign).to.be.oneOf(['start', 'left']);
    expect(getComputedStyle(el).textAlign).to.equal('start');
  });

  const pages = [
    {name: 'light, the template of 2024 (#213547 on white)', css: 'color: #213547; background: #ffffff; color-scheme: light dark'},
    {name: 'light, the template of 2025 (mid-grey #6b6375 on white)', css: 'color: #6b6375; background: #ffffff; color-scheme: light dark'},
    {name: 'dark, the template of 2024 (white at 87 % on #242424)', css: 'color: rgba(255, 255, 255, 0.87); background: #242424; color-scheme: light dark'},
    {name: 'dark, the template of 2025 (#9ca3af on #16171d)', css: 'color: #9ca3af; background: #16171d; color-scheme: light dark'},
  ];
  for (const {name, css} of pages) {
    it(`${name}: an annotation's halo is the page's background, opaque`, async () => {
      const el = await page(`<div class="root">${chart()}</div>`, 1280, css);
      const bg = backgroundOf($(el, '.plot')!);
      const labels = $$(el, '.annotation text');
      expect(labels.length).to.be.greaterThan(0);
      for (const t of labels) {
        const stroke = rgba(getComputedStyle(t).stroke);
        expect(stroke[3], `halo alpha of ${t.textContent}`).to.equal(1);
        // The page's background is not known to the chart: white or black is a guess, near enough
        // (black on #242424 is 1.35:1); --tiv-color-halo gives the exact colour.
        expect(contrast(stroke, bg), `halo ${getComputedStyle(t).stroke} of ${t.textContent} on ${String(bg)}`).to.be.below(1.4);
      }
    });
  }
});
