import {expect} from '@open-wc/testing';
import {chartHeight, plotAreaHeight} from '../../src/core/index.js';
import {$, cleanup, expectNoPageErrors, mount} from '../helpers/chart.js';

/** The article's two charts, as demo/article.html embeds them. */
const ARTICLE = {
  trend: `<tiv-trend src="/demo/data/tiv-russia-china.csv" heading="Russia's arms deliveries to China peaked in 2005"
    subheading="Trend-indicator values (TIV), millions" unit="mn" highlight="max"
    annotations='[{"from":2002,"to":2006,"label":"Peak years"}]' source="Source: SIPRI"></tiv-trend>`,
  compare: `<spend-compare src="/demo/data/milex-china-russia.csv" series='[{"key":"china","label":"China"},{"key":"russia","label":"Russia"}]'
    ratio="china/russia" ratio-year="2020" heading="China now spends almost four times as much as Russia" prefix="$" unit="bn"></spend-compare>`,
};
const PLAIN = `<tiv-trend mark="line" data='[[2019,10],[2020,14],[2021,12],[2022,18]]'></tiv-trend>`;
const WIDTHS = [320, 375, 768, 1280];

/** The plot area (the frame inside the axes), px: the nested marks svg spans it and 6 px around it. */
const frameOf = (el: Element) => {
  const marks = $(el, 'svg.marks')!;
  return {width: Number(marks.getAttribute('width')) - 12, height: Number(marks.getAttribute('height')) - 12};
};
const svgHeight = (el: Element) => Number($(el, 'svg.chart')!.getAttribute('height'));

expectNoPageErrors();

describe('chart height and shape', () => {
  afterEach(cleanup);

  for (const width of WIDTHS) {
    it(`at ${width} px the article's charts have a plot area of the default height (at least 220 px)`, async () => {
      for (const markup of [ARTICLE.trend, ARTICLE.compare]) {
        const {el} = await mount(markup, width);
        const frame = frameOf(el);
        expect(frame.height, `${el.localName}`).to.be.at.least(220);
        // The plot area's height comes from the width alone (within a px or two of rounding).
        expect(frame.height, `${el.localName}`).to.be.closeTo(plotAreaHeight(width), 2);
      }
    });
  }

  it('phones get a tall plot area (about 4:5 to 1:1), wide screens about 16:9 or wider', async () => {
    for (const width of [320, 375, 480]) {
      const {el} = await mount(PLAIN, width);
      const {width: w, height: h} = frameOf(el);
      expect(w / h, `${width}`).to.be.within(0.75, 1.1);
    }
    for (const width of [1024, 1280]) {
      const {el} = await mount(PLAIN, width);
      const {width: w, height: h} = frameOf(el);
      expect(w / h, `${width}`).to.be.at.least(16 / 9);
    }
  });

  it('no plot area is under 180 px at any width from 280 px', async () => {
    for (let width = 280; width <= 1400; width += 60) {
      const {el} = await mount(PLAIN, width);
      expect(frameOf(el).height, `${width}`).to.be.at.least(180);
      cleanup();
    }
  });

  for (const width of WIDTHS) {
    it(`at ${width} px annotation rows and value labels add height, the plot area keeps its own`, async () => {
      const data = `data='[[2019,10],[2020,14],[2021,12],[2022,18]]'`;
      const plain = await mount(`<tiv-trend ${data}></tiv-trend>`, width);
      const rich = await mount(`<tiv-trend ${data} highlight="max" annotations='[{"year":2020,"label":"One"},{"year":2021,"label":"Two"}]'></tiv-trend>`, width);
      expect(frameOf(rich.el).height).to.be.closeTo(frameOf(plain.el).height, 1);
      // Two rows of annotation labels and a row of value labels.
      expect(svgHeight(rich.el) - svgHeight(plain.el)).to.be.at.least(3 * 16);
      // The core gives the same height without CSS (a static renderer's).
      expect(svgHeight(plain.el)).to.be.closeTo(chartHeight(width, 13, {annotationCount: 0, valueLabels: false}), 1);
      expect(svgHeight(rich.el)).to.be.closeTo(chartHeight(width, 13, {annotationCount: 2, valueLabels: true}), 1);
    });
  }

  it('the ratio callout adds height: the plot area is as tall as without it', async () => {
    const data = `data='[{"year":2020,"a":3,"b":1},{"year":2021,"a":4,"b":2}]'`;
    const withRatio = await mount(`<spend-compare ${data}></spend-compare>`, 375);
    const without = await mount(`<spend-compare ${data} ratio="none"></spend-compare>`, 375);
    expect($(withRatio.el, '.ratio')).to.exist;
    expect(frameOf(withRatio.el).height).to.be.closeTo(frameOf(without.el).height, 1);
    expect(withRatio.el.getBoundingClientRect().height).to.be.above(without.el.getBoundingClientRect().height);
  });

  it('an aspect-ratio of the author sets the plot area: width / 2 for "2 / 1", at every width', async () => {
    for (const width of WIDTHS) {
      const {el} = await mount(`<tiv-trend aspect-ratio="2 / 1" annotations='[{"year":2020,"label":"One"}]' data='[[2019,10],[2020,14]]'></tiv-trend>`, width);
      const plot = $(el, '.plot')!;
      const style = getComputedStyle(plot);
      const area = plot.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      expect(area, `${width}`).to.be.closeTo(width / 2, 1);
    }
  });

  it('--tiv-aspect-ratio and a CSS height of the author win over the default', async () => {
    const styled = await mount(`<tiv-trend style="--tiv-aspect-ratio: 3 / 1" data='[[2019,10],[2020,14]]'></tiv-trend>`, 768);
    expect(frameOf(styled.el).height).to.be.closeTo(256, 2);
    // The plot takes what the author's height leaves it, down to --tiv-plot-min-height.
    const fixed = await mount(`<tiv-trend style="height: 360px" data='[[2019,10],[2020,14]]'></tiv-trend>`, 768);
    expect(fixed.el.getBoundingClientRect().height).to.be.closeTo(360, 1);
    expect(frameOf(fixed.el).height).to.be.below(plotAreaHeight(768) - 50);
    const short = await mount(`<tiv-trend style="height: 240px; --tiv-plot-min-height: 0" data='[[2019,10],[2020,14]]'></tiv-trend>`, 768);
    expect(short.el.getBoundingClientRect().height).to.be.closeTo(240, 1);
    expect(frameOf(short.el).height).to.be.below(180);
  });
});
