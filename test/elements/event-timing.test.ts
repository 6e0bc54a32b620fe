// A chart in the page's HTML, upgraded by the script tag while the page is read, fires its first
// events after DOMContentLoaded, so that the page's later scripts hear them; its `state` attribute
// and `state` / `error` properties say the same at any time.
import {expect} from '@open-wc/testing';
import type {TivTrend} from '../../src/tiv-trend.js';
import type {SpendCompare} from '../../src/spend-compare.js';
import {expectNoPageErrors, mount, nextChartEvent} from '../helpers/chart.js';

type Heard = Window & {__heard: string[]; __early?: string[]};

/** Resolves once `ready()` holds, checked every frame; fails after `ms` with `what()`. */
async function until(ready: () => unknown, what: () => string, ms = 10000) {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > ms) expect.fail(`timed out: ${what()}`);
    await new Promise(requestAnimationFrame);
  }
}

const CHARTS = `<tiv-trend id="bad" data='[{"year": 2001'></tiv-trend><tiv-trend id="good" data='[[2001, 5], [2002, 6]]'></tiv-trend>`;
/** Records every chart event that reaches `target` (an expression in the page) in `__heard`. */
const listen = (target: string) =>
  `for (const type of ['chart-error', 'chart-render']) ${target}.addEventListener(type, (e) => __heard.push(e.target.id + ' ' + type + (e.detail.code ? ' ' + e.detail.code : '')));`;
const listenToEach = `for (const el of document.querySelectorAll('tiv-trend')) { ${listen('el')} }`;
/** What the late script saw before any event: each chart's state property, attribute and error code. */
const early = `window.__early = [...document.querySelectorAll('tiv-trend')].map((el) => [el.id, el.state, el.getAttribute('state'), el.error?.code].join(' '));`;

/** The page's scripts, around the bundle's tag, for each time a listener is added. */
function page(bundle: 'classic' | 'module', when: 'before' | 'after' | 'DOMContentLoaded'): string {
  const tag = bundle === 'classic' ? '<script src="/dist/tiv-charts.min.js"></script>' : '<script type="module" src="/dist/tiv-charts.bundle.js"></script>';
  // After a module bundle, only a module script runs after it (an inline classic script runs at once).
  const later = bundle === 'classic' ? '<script>' : '<script type="module">';
  const before = when === 'before' ? `<script>${listen('document')}</script>` : '';
  const after =
    when === 'after'
      ? `${later}${early} ${listenToEach}</script>`
      : when === 'DOMContentLoaded'
        ? `${later}document.addEventListener('DOMContentLoaded', () => { ${listenToEach} });</script>`
        : '';
  return `<!doctype html><html lang="en"><body><script>window.__heard = [];</script>${before}${CHARTS}${tag}${after}</body></html>`;
}

expectNoPageErrors();

describe('chart events of charts in the page\'s HTML', () => {
  for (const bundle of ['classic', 'module'] as const) {
    for (const when of ['before', 'after', 'DOMContentLoaded'] as const) {
      it(`${bundle} bundle, listener added ${when === 'DOMContentLoaded' ? 'on DOMContentLoaded' : when + ' the bundle'}: hears the bad chart's chart-error (once) and the good one's chart-render`, async () => {
        const frame = document.createElement('iframe');
        frame.style.cssText = 'width: 700px; height: 600px';
        frame.srcdoc = page(bundle, when);
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
        document.body.append(frame);
        await loaded;
        const win = () => frame.contentWindow as Heard;
        const heard = () => win().__heard;
        await until(() => heard().includes('bad chart-error invalid-json') && heard().includes('good chart-render'), () => `both events; heard ${JSON.stringify(heard())}`);
        // The error once; the good chart may draw again (a scrollbar or a font changes its size).
        expect(heard().filter((e) => e !== 'good chart-render')).to.deep.equal(['bad chart-error invalid-json']);
        if (when === 'after' && bundle === 'classic') {
          // The script after the tag runs before the events: the bad chart already says so.
          expect(win().__early![0]).to.equal('bad error error invalid-json');
        }
        const [bad, good] = frame.contentDocument!.querySelectorAll<HTMLElement & {state?: string}>('tiv-trend');
        expect([bad.state, good.state, good.getAttribute('state')]).to.deep.equal(['error', 'ready', 'ready']);
        frame.remove();
      });
    }
  }
});

describe('state and error', () => {
  it('follow the chart: empty, error (with the code and message), ready', async () => {
    const {el, host} = await mount<TivTrend>(`<tiv-trend></tiv-trend>`);
    await el.updateComplete;
    expect([el.state, el.getAttribute('state'), el.error]).to.deep.equal(['empty', 'empty', undefined]);
    let next = nextChartEvent(host);
    el.setAttribute('data', '[{"year": 2001');
    const error = (await next)!;
    expect(error.type).to.equal('chart-error');
    expect([el.state, el.getAttribute('state')]).to.deep.equal(['error', 'error']);
    expect(el.error).to.be.instanceOf(Error);
    expect({code: el.error!.code, message: el.error!.message}).to.deep.equal(error.detail);
    next = nextChartEvent(host);
    el.data = [[2001, 5], [2002, 6]];
    expect((await next)!.type).to.equal('chart-render');
    expect([el.state, el.getAttribute('state'), el.error]).to.deep.equal(['ready', 'ready', undefined]);
  });

  it('loading while src is read; ready once drawn', async () => {
    const {el, host} = await mount<TivTrend>(`<tiv-trend data='[[2001, 5], [2002, 6]]'></tiv-trend>`);
    const next = nextChartEvent(host);
    el.removeAttribute('data');
    el.src = '/test/fixtures/tiv-russia-china.csv';
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect((await next)!.type).to.equal('chart-render');
    expect(el.state).to.equal('ready');
  });

  it('<spend-compare> drawn with a ratio it cannot compute is ready, with the invalid-ratio error', async () => {
    const {el, errors} = await mount<SpendCompare>(`<spend-compare ratio="a/c" data='[{"year": 2020, "a": 1, "b": 2}]'></spend-compare>`);
    expect(el.state).to.equal('ready');
    expect(el.error?.code).to.equal('invalid-ratio');
    expect(el.error!.message).to.equal(errors[0].detail.message);
  });
});
