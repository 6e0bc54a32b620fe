/**
 * Date axes and large series in the elements: the WTI daily prices (10,226 ISO dates, one negative
 * value) drawn in UTC whatever the time zone, M4-decimated paths, and a million points that
 * keyboard, pointer and tooltip still reach one by one.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {$, $$, expectNoPageErrors, mount, nextChartEvent, overlaps, pathVertices, tableRows, xLabels} from '../helpers/chart.js';
import {emulateTimezone, itNeeds} from '../helpers/engine.js';

const WTI = '/test/fixtures/wti-daily-spot-price.csv';
const live = (el: Element) => $(el, '.live')!.textContent!.trim();
const tooltip = (el: Element) => $(el, '.tooltip')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const vertices = (el: Element) => $$(el, 'path.line').reduce((n, p) => n + pathVertices(p.getAttribute('d')!).length, 0);
const plotWidth = (el: Element) => $(el, 'svg.chart')!.getBoundingClientRect().width;

/** Lit's promise for the element's next render. */
const rendered = (el: Element) => (el as unknown as {updateComplete: Promise<boolean>}).updateComplete;

async function press(el: Element, ...keys: string[]) {
  $<SVGSVGElement>(el, 'svg.chart')!.focus();
  for (const key of keys) await sendKeys({press: key});
  await rendered(el);
}

describe('<tiv-trend> on a date axis: the WTI daily prices', () => {
  expectNoPageErrors(() => emulateTimezone(''));

  const markup = `<tiv-trend mark="line" src="${WTI}" x-key="date" heading="Oil price" subheading="US dollars per barrel" prefix="$" unit-label="US dollars per barrel"></tiv-trend>`;

  it('draws all 10,226 days as one decimated line with year ticks that do not overlap, and zero in view', async function () {
    this.timeout(20000);
    const {el, renders, errors} = await mount(markup, 640);
    expect(errors).to.have.length(0);
    expect(renders[0].detail.marks).to.equal(10226);
    const labels = xLabels(el);
    expect(labels.length).to.be.at.least(3);
    // The first and last days with their dates, the years between them.
    expect([labels[0], labels.at(-1)]).to.deep.equal(['Jan 2, 1986', 'Aug 18, 2026']);
    const years = labels.slice(1, -1);
    for (const l of years) expect(l).to.match(/^(19|20)\d\d$/);
    expect(years.map(Number)).to.deep.equal([...years.map(Number)].sort((a, b) => a - b));
    expect(overlaps($$(el, '.x-axis text').map((t) => t.getBoundingClientRect()), 4)).to.equal(false);
    expect($(el, '.baseline'), 'the zero line, as one price is below zero').to.exist;
    expect($$(el, '.y-axis text').map((t) => t.textContent)).to.include('\u221250');
    expect(vertices(el)).to.be.within(100, 8 * plotWidth(el));
    expect($$(el, 'path.line')[0].getAttribute('d')!.match(/M/g), 'weekends and holidays do not break the line').to.have.length(1);
  });

  it('keyboard and tooltip reach every day, the negative one included, and speak dates in words', async function () {
    this.timeout(20000);
    const {el} = await mount(markup, 640);
    await press(el, 'End');
    // Values show the precision of the data by default (value-format sets another).
    expect(live(el)).to.equal('August 18, 2026: 86.48 US dollars per barrel');
    expect(tooltip(el)).to.equal('Aug 18, 2026: $86.48');
    await press(el, 'ArrowLeft');
    expect(live(el)).to.match(/^August 17, 2026: /);
    await press(el, 'Home');
    expect(live(el)).to.equal('January 2, 1986: 25.56 US dollars per barrel');
    // 10,226 days: PageDown jumps a tenth of them (1,023 trading days, about four years).
    await press(el, 'PageDown');
    expect(live(el)).to.match(/^January \d+, 1990: /);
    // The day the price went below zero is a datum like any other.
    const chart = el as unknown as {_tooltip: {show(x: number): void}};
    chart._tooltip.show(Date.UTC(2020, 3, 20));
    await rendered(el);
    expect(tooltip(el)).to.equal('Apr 20, 2020: \u2212$36.98');
  });

  it('the CSV has ISO dates, and a shown table of 10,226 rows shows the first 5,000 with a note', async function () {
    this.timeout(20000);
    const {el} = await mount(markup, 640);
    const link = $<HTMLAnchorElement>(el, 'a[download]')!;
    link.dispatchEvent(new PointerEvent('pointerdown'));
    const csv = decodeURIComponent(link.href.split(',').slice(1).join(','));
    // The value column is headed by its name made readable.
    expect(csv).to.include('date,Usd per barrel\n1986-01-02,25.56\n');
    expect(csv).to.include('\n2020-04-20,-36.98\n');
    expect(csv.trim().split('\n')).to.have.length(10227);
    $<HTMLButtonElement>(el, '.controls button')!.click();
    await rendered(el);
    const rows = tableRows(el);
    expect(rows).to.have.length(5000);
    expect(rows[0]).to.deep.equal(['Jan 2, 1986', '$25.56']);
    expect($(el, '.table-note')!.textContent).to.equal('The first 5,000 of 10,226 rows are shown; the CSV download has them all.');
  });

  itNeeds('timezone-emulation')('Date objects made at local midnight keep their calendar day east and west of Greenwich', async () => {
    for (const timezoneId of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      await emulateTimezone(timezoneId);
      const {el} = await mount('<tiv-trend mark="line" x-key="date"></tiv-trend>', 640);
      const drawn = nextChartEvent(el.parentElement!);
      (el as unknown as {data: unknown}).data = [1, 2, 3].map((i) => ({date: new Date(2020, 3, 19 + i), value: i}));
      await drawn;
      expect(tableRows(el).map((r) => r[0]), timezoneId).to.deep.equal(['Apr 20, 2020', 'Apr 21, 2020', 'Apr 22, 2020']);
      el.parentElement!.remove();
    }
  });

  it('the summary counts missing days as dates, and reads only the notes that are drawn', async () => {
    const data = JSON.stringify([['date', 'v'], ['2020-01-01', 1], ['2020-01-02', null], ['2020-01-03', 3], ['2020-01-06', 4]]);
    const notes = JSON.stringify([{date: '2020-01-03', label: 'Kept'}, {date: '2021-01-01', label: 'Outside'}, {date: '2020-01-02', label: ''}, {from: '2020-01-06', to: '2020-01-01', label: 'Reversed'}]);
    const {el} = await mount(`<tiv-trend mark="line" data='${data}' annotations='${notes}'></tiv-trend>`, 640);
    const summary = $(el, '[id$="-summary"]')!.textContent!;
    expect(summary).to.include('No data for 1 date.');
    expect(summary).to.include('Note at January 3, 2020: Kept.');
    expect(summary).to.include('Note for January 1, 2020 to January 6, 2020: Reversed.');
    expect(summary).to.not.include('Outside');
    expect(summary).to.not.include(': .');
  });

  for (const timezoneId of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kathmandu']) {
    itNeeds('timezone-emulation')(`no time zone moves a point: the same ticks, tooltip and table in ${timezoneId} as in UTC`, async () => {
      const data = JSON.stringify([['date', 'value'], ['2021-12-30', 1], ['2021-12-31', 2], ['2022-01-01', 3], ['2022-01-03', 4], ['2022-03-01', 5]]);
      const draw = async () => {
        const {el} = await mount(`<tiv-trend mark="line" data='${data}'></tiv-trend>`, 640);
        await press(el, 'Home');
        const out = {ticks: xLabels(el), tip: tooltip(el), table: tableRows(el), live: live(el)};
        el.parentElement!.remove();
        return out;
      };
      await emulateTimezone('UTC');
      const utc = await draw();
      await emulateTimezone(timezoneId);
      expect(new Date(2022, 0, 1).getTimezoneOffset(), 'the zone is in effect').to.not.equal(0);
      expect(await draw()).to.deep.equal(utc);
      expect(utc.tip).to.equal('Dec 30, 2021: 1');
      expect(utc.table.map((r) => r[0])).to.deep.equal(['Dec 30, 2021', 'Dec 31, 2021', 'Jan 1, 2022', 'Jan 3, 2022', 'Mar 1, 2022']);
    });
  }

  it('annotations and highlight take ISO dates on a date axis, with no false warning while the file loads', async function () {
    this.timeout(20000);
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    const {el, renders} = await mount(
      `<tiv-trend mark="line" src="${WTI}" x-key="date" y-format=".2f" highlight="2008-07-03" annotations='[{"date":"2020-04-20","label":"Below zero"},{"from":"2008-01-01","to":"2008-12-31","label":"2008"}]'></tiv-trend>`,
      640
    );
    console.warn = warn;
    expect(warned).to.deep.equal([]);
    expect(renders[0].detail.warnings).to.deep.equal([]);
    expect($$(el, '.annotation text').map((t) => t.textContent)).to.deep.equal(['2008', 'Below zero']);
    expect($(el, '.value-label')!.textContent).to.equal('145.31');
  });
});

describe('a million points', () => {
  expectNoPageErrors();

  const walk = (n: number) => {
    let y = 100;
    let s = 1;
    return Array.from({length: n}, (_, i) => {
      s = (s * 1664525 + 1013904223) % 4294967296;
      return [i, Math.round((y += s / 4294967296 - 0.5) * 100) / 100];
    });
  };

  for (const mark of ['line', 'column']) {
    it(`<tiv-trend mark="${mark}"> of 1,000,000 points draws a few thousand shapes, and pointer, keyboard and tooltip reach single points`, async function () {
      this.timeout(60000);
      const data = walk(1_000_000);
      const host = document.createElement('div');
      host.style.width = '640px';
      document.body.append(host);
      const el = document.createElement('tiv-trend') as HTMLElement & {data: unknown; updateComplete: Promise<boolean>};
      el.setAttribute('mark', mark);
      el.setAttribute('y-key', 'value');
      host.append(el);
      const drawn = nextChartEvent(host, 30000);
      const t0 = performance.now();
      el.data = [['year', 'value'], ...data];
      const event = await drawn;
      console.log(`1,000,000 points as ${mark}: drawn in ${Math.round(performance.now() - t0)} ms`);
      try {
        expect(event?.type).to.equal('chart-render');
        expect(event!.detail.marks).to.equal(1_000_000);
        const shapes = mark === 'line' ? vertices(el) : $$(el, 'rect.column').length;
        expect(shapes).to.be.within(100, 8 * plotWidth(el));
        await press(el, 'End');
        // At the precision of the data (two decimals), with the minus sign U+2212.
        const shown = (v: number) => new Intl.NumberFormat('en', {maximumFractionDigits: 2}).format(v).replace('-', '\u2212');
        expect(live(el)).to.equal(`999999: ${shown(data[999_999][1])}`);
        await press(el, 'ArrowLeft');
        expect(tooltip(el)).to.equal(`999998: ${shown(data[999_998][1])}`);
        // The pointer in the middle of the plot finds the datum under it.
        const svg = $<SVGSVGElement>(el, 'svg.chart')!;
        const box = svg.getBoundingClientRect();
        const t1 = performance.now();
        svg.dispatchEvent(new PointerEvent('pointermove', {clientX: box.left + box.width / 2, clientY: box.top + 20, bubbles: true}));
        await rendered(el);
        console.log(`pointer to tooltip over 1,000,000 points: ${(performance.now() - t1).toFixed(1)} ms`);
        const [year, value] = tooltip(el).split(': ');
        const i = Number(year);
        expect(i).to.be.within(400_000, 600_000);
        expect(value).to.equal(shown(data[i][1]));
      } finally {
        host.remove();
      }
    });
  }
});
