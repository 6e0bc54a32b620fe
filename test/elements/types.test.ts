import {expect} from '@open-wc/testing';
import '../../src/index.js';
import {cleanup, mount} from '../helpers/chart.js';

describe('typed events and elements', () => {
  afterEach(cleanup);
  it('chart-error is typed in HTMLElementEventMap (this file type-checks) and carries {code, message}', async () => {
    const el = document.createElement('tiv-trend');
    const seen: string[] = [];
    el.addEventListener('chart-error', (e) => seen.push(`${e.detail.code}: ${e.detail.message}`));
    const host = document.createElement('div');
    document.body.append(host);
    el.setAttribute('data', 'not json');
    const fired = new Promise((resolve) => el.addEventListener('chart-error', resolve, {once: true}));
    host.append(el);
    await fired;
    await el.updateComplete;
    expect(seen.length).to.equal(1);
    expect(seen[0]).to.match(/^invalid-json: /);
    host.remove();
  });
  it('document.createElement returns the element classes', async () => {
    const {el} = await mount('<spend-compare data="[[2001,1,2]]"></spend-compare>');
    const typed: HTMLElementTagNameMap['spend-compare'] = document.createElement('spend-compare');
    expect(typed.mark).to.equal('line');
    expect(el.localName).to.equal('spend-compare');
  });
});

/**
 * Type tests of HTMLElementTagNameMap, checked by `npm run typecheck` and never called: each
 * `@ts-expect-error` fails the type-check if the line after it compiles. (JSX and Vue's
 * GlobalComponents: test/types/frameworks.tsx.)
 */
export function elementTypes() {
  const trend = document.createElement('tiv-trend');
  const compare = document.createElement('spend-compare');
  trend.mark = 'area';
  trend.data = [{year: 2001, value: 2890}];
  trend.data = [[2001, 2890]];
  trend.annotations = [{year: 2014, label: 'Crimea annexed'}, {date: '2020-04-20', label: 'Lockdown'}];
  trend.theme = 'dark';
  trend.yScale = 'log';
  trend.curve = 'step';
  trend.headingLevel = 2;
  compare.mark = 'stacked';
  compare.labels = 'legend';
  compare.series = [{key: 'china', label: 'China', color: '#c00'}];
  // @ts-expect-error: 'pie' is not a mark of <tiv-trend>
  trend.mark = 'pie';
  // @ts-expect-error: 'column' is a mark of <tiv-trend>, not of <spend-compare>
  compare.mark = 'column';
  // @ts-expect-error: data is an array of rows; a JSON string is the attribute's form
  trend.data = '[[2001, 2890]]';
  // @ts-expect-error: annotations are an array
  trend.annotations = {year: 2014, label: 'Crimea annexed'};
  // @ts-expect-error: a theme is light, dark or auto
  trend.theme = 'sepia';
  // @ts-expect-error: y-scale is linear or log
  trend.yScale = 'sqrt';
  // @ts-expect-error: heading levels are 1 to 6
  trend.headingLevel = 7;
  // @ts-expect-error: a series needs its key
  compare.series = [{label: 'China'}];
}
