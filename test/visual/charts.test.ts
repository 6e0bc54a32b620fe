/**
 * Visual regression: the article's two charts and the main stories of the story book, at 375 and
 * 1280 px, light and dark, against baselines in test/visual/baseline/ (see visualBaselines in
 * web-test-runner.config.mjs). In Chromium only: the baselines are its pixels.
 */
import {visualDiff} from '@web/test-runner-visual-regression';
import {setViewport} from '@web/test-runner-commands';
import '../../src/index.js';
import {stories} from '../../demo/stories.js';
import {frames} from '../helpers/chart.js';
import {describeNeeds} from '../helpers/engine.js';

/** The article's charts, as demo/article.html embeds them. */
async function articleCharts(): Promise<string> {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/article.html')).text(), 'text/html');
  return Array.from(page.querySelectorAll('tiv-trend, spend-compare'), (el) => el.outerHTML).join('\n');
}

/** The main stories: every mark, annotations, highlights and a date axis. */
const MAIN_STORIES = ['trend-annotations', 'trend-highlight', 'trend-dates', 'compare-bar', 'compare-stacked'];
const storyCharts = () => MAIN_STORIES.map((id) => stories.find((s) => s.id === id)!.html).join('\n');

const THEMES = {light: '#ffffff', dark: '#121212'} as const;
const drawnColumns: HTMLElement[] = [];

/** Draws `markup` in a column `width` px wide in `theme`, and waits for every chart and font. */
async function draw(markup: string, width: number, theme: keyof typeof THEMES): Promise<HTMLElement> {
  await setViewport({width, height: 900});
  const column = document.createElement('div');
  // At the page's top left corner, whatever else a test left on the page: the same pixels each run.
  column.style.cssText = `position: absolute; top: 0; left: 0; width: ${width}px; background: ${THEMES[theme]}; font-family: 'DejaVu Sans', sans-serif; display: grid; gap: 24px`;
  column.innerHTML = markup;
  const charts = Array.from(column.querySelectorAll<HTMLElement & {updateComplete: Promise<unknown>}>('tiv-trend, spend-compare'));
  for (const chart of charts) {
    chart.setAttribute('theme', theme);
    chart.style.margin = '0';
  }
  const drawn = charts.map((chart) => new Promise((resolve) => chart.addEventListener('chart-render', resolve, {once: true})));
  document.body.append(column);
  drawnColumns.push(column);
  await Promise.all(drawn);
  await document.fonts.ready;
  await Promise.all(charts.map((chart) => chart.updateComplete));
  await frames(2);
  return column;
}

/** Compares `column` with baseline `name`; a failure names the new picture, the baseline and their difference. */
async function matches(column: HTMLElement, name: string) {
  try {
    await visualDiff(column, name);
  } catch (e) {
    throw new Error(`${(e as Error).message}\nNew picture: test/visual/failed/${name}.png; baseline: test/visual/baseline/${name}.png (differences in red in the -diff picture)`, {cause: e});
  }
}

describeNeeds('visual-baselines')('how the charts look', () => {
  before(() => {
    document.body.style.margin = '0';
  });
  afterEach(() => {
    for (const column of drawnColumns.splice(0)) column.remove();
  });
  after(() => setViewport({width: 800, height: 600}));

  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark'] as const) {
      it(`the article's two charts at ${width} px, ${theme}`, async function () {
        this.timeout(60000);
        const column = await draw(await articleCharts(), width, theme);
        await matches(column, `article-${width}-${theme}`);
      });

      it(`the main stories at ${width} px, ${theme}`, async function () {
        this.timeout(60000);
        const column = await draw(storyCharts(), width, theme);
        await matches(column, `stories-${width}-${theme}`);
      });
    }
  }
});
