import {expect} from '@open-wc/testing';
import '../../src/index.js';
import type {SpendCompare} from '../../src/spend-compare.js';
import type {TivTrend} from '../../src/tiv-trend.js';
import {attributeProblems, type AttributeOutcome} from '../../src/elements/attribute-problems.js';
import {$$, cleanup, expectNoPageErrors, mount, nextChartEvent} from '../helpers/chart.js';

const DATA = `data='[{"year":2020,"value":1},{"year":2021,"value":2},{"year":2022,"value":4}]'`;
const COMPARE = `data='[{"year":2020,"a":1,"b":2},{"year":2021,"a":2,"b":3}]'`;

const outcome: AttributeOutcome = {
  marks: ['line'],
  resolvedLocale: 'en',
  localeValid: true,
  yFormatValid: true,
  valueFormatValid: true,
  validAnnotations: 0,
  readX: () => null,
  hasX: () => true,
};
const problemsOf = (values: Record<string, string>) => attributeProblems({...values, getAttribute: () => null}, outcome);

describe('y-scale and curve', () => {
  expectNoPageErrors();
  afterEach(cleanup);

  it('attributeProblems: other values than linear/log and linear/monotone/step fall back, with a warning', () => {
    expect(problemsOf({yScale: 'log', curve: 'monotone'})).to.deep.equal([]);
    expect(problemsOf({yScale: ' LOG ', curve: 'Step'}), 'compared trimmed and in lower case').to.deep.equal([]);
    expect(problemsOf({yScale: 'cubic', curve: 'zigzag'})).to.deep.equal([
      'y-scale="cubic" is not linear or log; using linear.',
      'curve="zigzag" is not linear, monotone or step; using linear.',
    ]);
  });

  for (const [tag, data] of [
    ['tiv-trend', DATA],
    ['spend-compare', COMPARE],
  ]) {
    it(`<${tag}>: the properties default to linear and read back what is set; invalid values are reported in chart-render`, async () => {
      const {el, host, renders} = await mount<TivTrend | SpendCompare>(`<${tag} ${data} y-scale="cubic" curve="zigzag"></${tag}>`);
      expect(el.yScale).to.equal('cubic');
      expect(el.curve).to.equal('zigzag');
      const warnings: string[] = renders[0].detail.warnings;
      expect(warnings).to.include('y-scale="cubic" is not linear or log; using linear.');
      expect(warnings).to.include('curve="zigzag" is not linear, monotone or step; using linear.');
      const next = nextChartEvent(host);
      el.curve = 'step';
      el.yScale = 'log';
      await next;
      expect(el.getAttribute('curve'), 'not reflected').to.equal('zigzag');
      const latest: string[] = renders[renders.length - 1].detail.warnings;
      expect(latest.filter((w) => /^(y-scale|curve)=/.test(w))).to.deep.equal([]);
      const plain = document.createElement(tag) as TivTrend | SpendCompare;
      expect([plain.yScale, plain.curve]).to.deep.equal(['linear', 'linear']);
    });
  }

  it('highlight of years the data lack: a warning names them, and no room is kept above the plot for their labels', async () => {
    const plain = await mount(`<tiv-trend ${DATA}></tiv-trend>`, 375);
    const absent = await mount(`<tiv-trend ${DATA} highlight="2030, 1980"></tiv-trend>`, 375);
    expect(absent.renders[0].detail.warnings).to.include('highlight: "2030", "1980" is not a year of the data; ignored.');
    const height = (el: Element) => $$(el, 'svg.chart')[0].getBoundingClientRect().height;
    expect(height(absent.el)).to.be.closeTo(height(plain.el), 0.5);
    const mixed = await mount(`<tiv-trend ${DATA} highlight="2021 2030 soon"></tiv-trend>`, 375);
    expect(mixed.renders[0].detail.warnings).to.include.members([
      'highlight: "soon" is not a year, max, min, first or last; ignored.',
      'highlight: "2030" is not a year of the data; ignored.',
    ]);
    expect($$(mixed.el, '.value-label').map((t) => t.textContent)).to.deep.equal(['2']);
  });

  it('a range annotation the wrong way round, or reaching beyond the data, is drawn and named in a warning', async () => {
    const annotations = JSON.stringify([
      {from: 2022, to: 2021, label: 'Backwards'},
      {from: 2019, to: 2030, label: 'Beyond'},
      {from: 2021, to: 2022, label: 'Inside'},
    ]);
    const {renders} = await mount(`<tiv-trend ${DATA} annotations='${annotations}'></tiv-trend>`, 375);
    const warnings: string[] = renders[0].detail.warnings;
    expect(warnings.filter((w) => w.startsWith('annotation '))).to.deep.equal([
      'annotation "Backwards": "from" 2022 is after "to" 2021; drawn from 2021 to 2022.',
      'annotation "Beyond": 2019 to 2030 reaches beyond the data; its band is cut at the plot\'s edge.',
    ]);
  });

  it('<spend-compare mark="bar" y-scale="log">: drawn as lines, named by direct labels as lines are, not by a legend of boxes', async () => {
    const {el, renders} = await mount<SpendCompare>(`<spend-compare ${COMPARE} mark="bar" y-scale="log"></spend-compare>`);
    expect(renders[0].detail.warnings).to.include('mark="bar" is drawn from a zero baseline, which a log scale does not have; it is drawn as a line.');
    expect($$(el, 'path.line')).to.have.length(2);
    expect($$(el, '.legend'), 'no legend').to.have.length(0);
    expect($$(el, '.direct-label').map((g) => g.textContent?.trim())).to.deep.equal(['A', 'B']);
  });

  it('<spend-compare y-scale="log">: a series with no value above zero gets no direct label beside nothing', async () => {
    const data = `data='[{"year":2000,"a":3,"b":0},{"year":2001,"a":4,"b":-1}]'`;
    const {el, renders} = await mount<SpendCompare>(`<spend-compare ${data} y-scale="log" labels="direct"></spend-compare>`);
    expect(renders[0].detail.warnings.some((w: string) => w.includes('zero or negative'))).to.equal(true);
    expect($$(el, '.direct-label').map((g) => g.textContent?.trim())).to.deep.equal(['A']);
  });
});
