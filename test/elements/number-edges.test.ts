import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {$, $$, badValues, cleanup, expectNoPageErrors, gridY, mount, shapeBox, tableRows, tickLabels} from '../helpers/chart.js';

// Numbers at the edges of what a chart shows: past the largest abbreviation, near the end of
// float range, next to zero, and written with a point the page's language groups thousands with.

const MINUS = '\u2212';
const live = (el: Element) => $(el, '.live')!.textContent!.trim();
const summaryOf = (el: Element) => $(el, `#${$(el, 'figure')!.getAttribute('aria-describedby')}`)!.textContent!;

expectNoPageErrors();

describe('numbers at the edges', () => {
  afterEach(cleanup);

  for (const width of [320, 375]) {
    it(`at ${width} px numbers past 999tn are written short, in scientific notation, and no y label leaves the chart`, async () => {
      const twenty = `data='[[2016,1e20],[2017,1.5e20],[2018,2e20],[2019,1.2e20],[2020,1.8e20]]'`;
      for (const markup of [
        `<tiv-trend mark="line" ${twenty}></tiv-trend>`,
        `<tiv-trend mark="column" prefix="$" data='[[2016,-2e20],[2017,1.5e20],[2018,2e20]]'></tiv-trend>`,
        `<tiv-trend mark="line" unit="%" data='[[2016,9e15],[2017,1e14]]'></tiv-trend>`,
        // An author's format as long as it likes: the margin holds it.
        `<tiv-trend mark="line" y-format=",.20f" data='[[2016,123456789.5],[2017,987654321.25]]'></tiv-trend>`,
        `<spend-compare mark="stacked" unit="million TIV" data='[{"year":2020,"a":6e15,"b":3e15},{"year":2021,"a":5e15,"b":1e14}]'></spend-compare>`,
      ]) {
        const {el} = await mount(markup, width);
        expect(badValues(el), markup).to.deep.equal([]);
        const svg = $(el, 'svg.chart')!.getBoundingClientRect();
        for (const label of $$(el, '.y-axis text')) {
          const box = shapeBox(label);
          expect(box.left, `${label.textContent} of ${markup}`).to.be.at.least(svg.left - 0.5);
          expect(box.right, `${label.textContent} of ${markup}`).to.be.at.most(svg.right + 0.5);
        }
        // No label writes more than a few digits: "1.5E20", not "150,000,000tn".
        if (!markup.includes('y-format')) for (const label of tickLabels(el)) expect(label.replace(/\D/g, '').length, `${label} of ${markup}`).to.be.at.most(9);
      }
      const {el} = await mount(`<tiv-trend mark="line" heading="Big" ${twenty}></tiv-trend>`, width);
      expect(tickLabels(el)).to.deep.equal(['1E20', '1.2E20', '1.4E20', '1.6E20', '1.8E20', '2E20']);
      expect(tableRows(el)[2]).to.deep.equal(['2018', '2E20']);
      expect(summaryOf(el)).to.include('2 times ten to the power of 20');
      expect(summaryOf(el)).to.not.match(/\d{4}(,\d{3}){2}|trillion/);
      $<SVGElement>(el, 'svg.chart')!.focus();
      await sendKeys({press: 'ArrowRight'});
      expect($(el, '.tooltip')!.textContent).to.include('1E20');
      expect(live(el)).to.include('1 times ten to the power of 20');
    });
  }

  it('999tn is still abbreviated; from 10¹⁵ a chart writes every number from a million in scientific notation', async () => {
    const {el} = await mount(`<tiv-trend mark="column" data='[[2016,9.5e14],[2017,2e14]]'></tiv-trend>`, 375);
    expect(tickLabels(el).at(-1)).to.equal('1,000tn');
    expect(tableRows(el)[0]).to.deep.equal(['2016', '950tn']);
    const mixed = await mount(`<tiv-trend mark="column" data='[[2016,2e15],[2017,5e14],[2018,999999]]'></tiv-trend>`, 375);
    expect(tableRows(mixed.el)).to.deep.equal([
      ['2016', '2E15'],
      ['2017', '5E14'],
      ['2018', '999,999'],
    ]);
    expect(tickLabels(mixed.el)).to.deep.equal(['0', '5E14', '1E15', '1.5E15', '2E15']);
  });

  it('a column chart from −1e308 to 1e308 holds its columns between its top and bottom gridlines, and 0 keeps its label', async () => {
    const {el} = await mount(`<tiv-trend mark="column" data='[[2019,-1e308],[2020,1e308]]'></tiv-trend>`, 375);
    expect(badValues(el)).to.deep.equal([]);
    const labels = tickLabels(el);
    expect(labels).to.include('0');
    expect(labels[0]).to.equal(`${MINUS}1E308`);
    expect(labels.at(-1)).to.equal('1E308');
    const lines = $$(el, '.grid line');
    const top = gridY(el, lines.length - 1);
    const bottom = gridY(el, 0);
    for (const column of $$(el, 'rect.column')) {
      const box = shapeBox(column);
      expect(box.top).to.be.at.least(top - 0.5);
      expect(box.bottom).to.be.at.most(bottom + 0.5);
      expect(box.height).to.be.above(50);
    }
  });

  it('a stack whose total passes float range reaches the top of its frame, with 0 labelled and no Infinity anywhere', async () => {
    const {el} = await mount(`<spend-compare mark="stacked" data='[{"year":2020,"a":1e308,"b":1e308},{"year":2021,"a":5e307,"b":1e307}]'></spend-compare>`, 375);
    expect(badValues(el)).to.deep.equal([]);
    const labels = tickLabels(el);
    expect(labels[0]).to.equal('0');
    expect(labels.at(-1)).to.equal('1.5E308');
    // The first year's first segment ends at 1e308, on its gridline.
    const grid = $$(el, '.grid line').map((line) => shapeBox(line).top);
    const column = $$(el, 'rect.column').map(shapeBox).sort((a, b) => a.left - b.left || b.bottom - a.bottom)[0];
    expect(Math.abs(column.top - grid[labels.indexOf('1E308')])).to.be.below(1);
  });

  it('a value that is not zero never reads as zero beside billions: table, summary, tooltip and live region', async () => {
    const {el} = await mount(`<spend-compare heading="Small beside big" data='[{"year":2020,"a":1e9,"b":0.001},{"year":2021,"a":2e9,"b":-0.0015}]'></spend-compare>`, 375);
    expect(tableRows(el)).to.deep.equal([
      ['2020', '1bn', '0.001'],
      ['2021', '2bn', `${MINUS}0.0015`],
    ]);
    const summary = summaryOf(el);
    expect(summary).to.include('0.001');
    expect(summary).to.include('minus 0.0015');
    const one = await mount(`<tiv-trend mark="line" data='[[2019,1e9],[2020,0.001],[2021,-0.0015]]'></tiv-trend>`, 375);
    $<SVGElement>(one.el, 'svg.chart')!.focus();
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowRight'});
    expect($(one.el, '.tooltip')!.textContent).to.include('0.001');
    expect(live(one.el)).to.include('0.001');
    await sendKeys({press: 'ArrowRight'});
    expect($(one.el, '.tooltip')!.textContent).to.include(`${MINUS}0.0015`);
    expect(live(one.el)).to.include('minus 0.0015');
  });

  it('on a German page, "1.023" in a comma-separated file is read as 1.023, with a warning that names it', async () => {
    const warning = 'Values of "tiv" like "1.023" are read as 1.023; in German "." groups thousands: write 1023 if that is meant.';
    for (const markup of [
      `<div lang="de"><tiv-trend src="/test/fixtures/tiv-russia-china-points.csv"></tiv-trend></div>`,
      `<tiv-trend locale="de" src="/test/fixtures/tiv-russia-china-points.csv"></tiv-trend>`,
    ]) {
      const {host, renders} = await mount(markup, 375);
      expect(renders[0].detail.warnings, markup).to.include(warning);
      expect(tableRows(host.querySelector('tiv-trend')!)[0]).to.deep.equal(['1992', '1,023']);
    }
    const english = await mount(`<tiv-trend src="/test/fixtures/tiv-russia-china-points.csv"></tiv-trend>`, 375);
    expect(english.renders[0].detail.warnings.join()).to.not.include('groups thousands');
  });
});
