/**
 * Accessibility of both elements: keyboard, live announcements, tooltip, data table and CSV,
 * spoken numbers, accessibility tree, themes and contrast, forced colours, zoom and reflow, and
 * the failure kinds H21, H23, H24, H27 and H28.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {$, $$, cleanup, expectNoPageErrors, frames, mount, nextChartEvent, overlaps, tableRows, xLabels} from '../helpers/chart.js';
import {backgroundOf, contrast, rgba, textContrast} from '../helpers/contrast.js';
import {describeNeeds, emulateMedia, itNeeds, pressWith} from '../helpers/engine.js';

const TIV = '/test/fixtures/tiv-russia-china.csv';
const MILEX = '/demo/data/milex-china-russia.csv';
const SERIES = `series='[{"key":"china","label":"China"},{"key":"russia","label":"Russia"}]'`;

interface AXNode {
  role: string;
  name?: string;
  description?: string;
  children?: AXNode[];
}

const emulate = emulateMedia;
const axTree = (interestingOnly = false) => executeServerCommand<AXNode, {interestingOnly: boolean}>('ax-tree', {interestingOnly});
const walk = (node: AXNode | undefined, out: AXNode[] = []): AXNode[] => {
  if (!node) return out;
  out.push(node);
  for (const c of node.children ?? []) walk(c, out);
  return out;
};

const live = (el: Element) => $(el, '.live')!.textContent!.trim();
const summaryOf = (el: Element) => $(el, `#${$(el, 'figure')!.getAttribute('aria-describedby')}`)!.textContent!.trim();
/** Deepest focused element, through shadow roots. */
function focused(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const ABBREVIATED = /\d\s?(bn|mn|k)\b|\$/;

expectNoPageErrors(() => emulate([]));

describe('keyboard', () => {
  it('<tiv-trend>: one tab stop for the plot, then Show data and Download CSV; arrows, Home, End, Escape', async () => {
    const {el} = await mount(`<button id="before">before</button><tiv-trend src="${TIV}" unit="mn" unit-label="million TIV" heading="TIV"></tiv-trend>`);
    const chart = el.nextElementSibling as HTMLElement;
    (el as HTMLButtonElement).focus();
    await sendKeys({press: 'Tab'});
    expect(focused()).to.equal($(chart, 'svg.chart'));
    await sendKeys({press: 'Tab'});
    expect(focused()?.textContent).to.equal('Show data');
    await sendKeys({press: 'Tab'});
    expect(focused()?.textContent).to.equal('Download CSV');
    await pressWith(['Shift'], 'Tab');
    await pressWith(['Shift'], 'Tab');
    expect(focused()).to.equal($(chart, 'svg.chart'));
    expect(live(chart), 'nothing announced before a key').to.equal('');

    await sendKeys({press: 'ArrowRight'});
    expect(live(chart)).to.equal('1992: 1,023 million TIV');
    await sendKeys({press: 'ArrowRight'});
    expect(live(chart)).to.equal('1993: 1,011 million TIV');
    expect($(chart, '.tooltip')!.textContent).to.equal('1993: 1,011mn');
    expect($(chart, '.focus-ring')).to.exist;
    await sendKeys({press: 'End'});
    expect(live(chart)).to.equal('2021: 773 million TIV');
    await sendKeys({press: 'ArrowRight'});
    expect(live(chart), 'stays on the last year').to.equal('2021: 773 million TIV');
    await sendKeys({press: 'Home'});
    expect(live(chart)).to.equal('1992: 1,023 million TIV');
    await sendKeys({press: 'ArrowLeft'});
    expect(live(chart)).to.equal('1992: 1,023 million TIV');
    await sendKeys({press: 'Escape'});
    await frames(1);
    expect($$(chart, '.tooltip').length).to.equal(0);
    expect($$(chart, '.focus-ring').length).to.equal(0);
    expect(focused(), 'Escape does not trap or move focus').to.equal($(chart, 'svg.chart'));
    await sendKeys({press: 'Tab'});
    expect(focused()?.textContent).to.equal('Show data');
  });

  it('<spend-compare>: Up and Down move between series at the same year', async () => {
    const {el} = await mount(`<spend-compare src="${MILEX}" ${SERIES} prefix="$" unit="bn" heading="Spending"></spend-compare>`);
    $<SVGElement>(el, 'svg.chart')!.focus();
    await sendKeys({press: 'End'});
    // Values keep the precision of the data (three decimals in SIPRI's file).
    expect(live(el)).to.equal('2020, China: 244.934 billion US dollars');
    await sendKeys({press: 'ArrowDown'});
    expect(live(el)).to.equal('2020, Russia: 66.838 billion US dollars');
    await sendKeys({press: 'ArrowLeft'});
    expect(live(el)).to.equal('2019, Russia: 65.201 billion US dollars');
    await sendKeys({press: 'ArrowUp'});
    expect(live(el)).to.match(/^2019, China: /);
    const lines = $$(el, '.tooltip > div').map((d) => d.textContent);
    expect(lines[0]).to.equal('2019');
    expect(lines[1]).to.match(/^China: \$.*bn$/);
    expect(lines[2]).to.equal('Russia: $65.201bn');
    expect($(el, '.tooltip .active')!.textContent, 'the focused series stands out').to.match(/^China/);
  });

  for (const mark of ['line', 'column']) {
    it(`a gap reached with the keys shows a tooltip saying "no data" and the hover rule (${mark})`, async () => {
      const {el} = await mount(`<tiv-trend mark="${mark}" data='[[2001,1],[2002,null],[2003,3]]'></tiv-trend>`);
      $<SVGElement>(el, 'svg.chart')!.focus();
      await sendKeys({press: 'Home'});
      await sendKeys({press: 'ArrowRight'});
      // Placed once its size is observed (a ResizeObserver callback, not a fixed frame later).
      await waitUntil(() => $<HTMLElement>(el, '.tooltip')?.style.transform, 'the tooltip is placed', {timeout: 10000});
      expect(live(el)).to.equal('2002: no data');
      expect($(el, '.tooltip')!.textContent).to.equal('2002: no data');
      const rule = $(el, '.hover-rule')!;
      const plot = $(el, 'svg.chart')!.getBoundingClientRect();
      const tip = $(el, '.tooltip')!.getBoundingClientRect();
      // The tooltip straddles the rule, inside the plot.
      const ruleX = plot.left + Number(rule.getAttribute('x1'));
      expect(tip.left).to.be.at.most(ruleX);
      expect(tip.right).to.be.at.least(ruleX);
      expect(tip.top).to.be.at.least(plot.top);
      expect(tip.bottom).to.be.at.most(plot.bottom);
    });
  }

  it('an annotation is read with its year', async () => {
    const {el} = await mount(`<tiv-trend unit="mn" annotations='[{"year":2002,"label":"New contract"},{"from":2001,"to":2002,"label":"Peak"}]' data='[[2001,1],[2002,2],[2003,3]]'></tiv-trend>`);
    $<SVGElement>(el, 'svg.chart')!.focus();
    await sendKeys({press: 'Home'});
    expect(live(el)).to.equal('2001: 1 million. Peak');
    await sendKeys({press: 'ArrowRight'});
    expect(live(el)).to.equal('2002: 2 million. New contract. Peak');
    await sendKeys({press: 'ArrowRight'});
    expect(live(el)).to.equal('2003: 3 million');
  });

  it('on a bar chart of one year, the keys move between its bars only, never to years not drawn', async () => {
    const {el} = await mount(`<spend-compare mark="bar" year="2021" data='[{"year":2020,"a":30,"b":12},{"year":2021,"a":33,"b":12.5}]'></spend-compare>`);
    $<SVGElement>(el, 'svg.chart')!.focus();
    await sendKeys({press: 'Home'});
    expect(live(el)).to.match(/^2021/);
    await sendKeys({press: 'ArrowLeft'});
    expect(live(el)).to.match(/^2021/);
    await sendKeys({press: 'ArrowDown'});
    expect(live(el)).to.match(/^2021/);
    expect(live(el)).to.include('12.5');
  });

  it('keys the chart does not use are left alone; keys on the page never move the point', async () => {
    const {el} = await mount(`<tiv-trend data='[[2001,1],[2002,2]]'></tiv-trend>`);
    const svg = $<SVGElement>(el, 'svg.chart')!;
    const other = new KeyboardEvent('keydown', {key: 'a', bubbles: true, cancelable: true, composed: true});
    svg.dispatchEvent(other);
    expect(other.defaultPrevented).to.equal(false);
    const onPage = new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true, cancelable: true});
    document.body.dispatchEvent(onPage);
    await frames(1);
    expect(live(el)).to.equal('');
    expect(onPage.defaultPrevented).to.equal(false);
  });

  it('the tooltip under the pointer is dismissed with Escape without moving the pointer', async () => {
    const {el} = await mount(`<tiv-trend data='[[2001,1],[2002,2]]'></tiv-trend>`);
    const box = $(el, 'rect.column')!.getBoundingClientRect();
    $(el, 'svg.chart')!.dispatchEvent(new PointerEvent('pointermove', {clientX: box.left + 1, clientY: box.top + 1}));
    await frames(1);
    expect($(el, '.tooltip')).to.exist;
    await sendKeys({press: 'Escape'});
    await frames(1);
    expect($$(el, '.tooltip').length).to.equal(0);
  });

  it('a tooltip is drawn and placed without a layout read: its size comes from a ResizeObserver', async () => {
    const {el} = await mount(`<tiv-trend src="${TIV}" unit="mn"></tiv-trend>`);
    const boxes = [3, 20].map((i) => $$(el, 'rect.column')[i].getBoundingClientRect());
    // Every way to read layout that the element could use, counted on its shadow root's nodes
    // while the element updates (until the frame's own layout).
    let reads = 0;
    const spied: [object, string][] = [
      [HTMLElement.prototype, 'offsetWidth'],
      [HTMLElement.prototype, 'offsetHeight'],
      [HTMLElement.prototype, 'offsetLeft'],
      [HTMLElement.prototype, 'offsetTop'],
      [Element.prototype, 'clientWidth'],
      [Element.prototype, 'clientHeight'],
      [Element.prototype, 'getBoundingClientRect'],
      [Element.prototype, 'getClientRects'],
    ];
    const originals = spied.map(([proto, name]) => Object.getOwnPropertyDescriptor(proto, name)!);
    const count = (node: unknown) => {
      if (node instanceof Node && el.shadowRoot!.contains(node)) reads++;
    };
    spied.forEach(([proto, name], i) => {
      const d = originals[i];
      const spy = d.get
        ? {get(this: Element) {
            count(this);
            return d.get!.call(this);
          }}
        : {value(this: Element, ...args: unknown[]) {
            count(this);
            return (d.value as (...a: unknown[]) => unknown).apply(this, args);
          }};
      Object.defineProperty(proto, name, {...d, ...spy});
    });
    try {
      for (const box of boxes) {
        // The handler reads where the plot is when the event comes, before anything is written;
        // what counts is that the update that draws the tooltip reads nothing after its writes.
        $(el, 'svg.chart')!.dispatchEvent(new PointerEvent('pointermove', {clientX: box.left + box.width / 2, clientY: box.top + 2}));
        reads = 0;
        await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
        expect($$(el, '.tooltip').length).to.equal(1);
        expect(reads, 'layout reads while the tooltip is drawn').to.equal(0);
        await frames(1);
      }
    } finally {
      spied.forEach(([proto, name], i) => Object.defineProperty(proto, name, originals[i]));
    }
    // Placed above its column, across its centre, after the frame.
    const tip = $(el, '.tooltip')!.getBoundingClientRect();
    const last = boxes[1];
    expect(tip.bottom).to.be.at.most(last.top);
    expect(tip.left).to.be.at.most(last.left + last.width / 2);
    expect(tip.right).to.be.at.least(last.left + last.width / 2);
  });

  it('the tooltip stays inside the viewport at the edges of a 320 px chart', async () => {
    const {el} = await mount(`<tiv-trend src="${TIV}" unit="mn"></tiv-trend>`, 320);
    const svg = $<SVGElement>(el, 'svg.chart')!;
    svg.focus();
    for (const key of ['Home', 'End']) {
      await sendKeys({press: key});
      await frames(1);
      const tip = $(el, '.tooltip')!.getBoundingClientRect();
      expect(tip.left).to.be.at.least(0);
      expect(tip.right).to.be.at.most(window.innerWidth);
      expect(tip.top).to.be.at.least(0);
    }
  });
});

describe('data table, CSV and words', () => {
  it('Show data toggles a real table with a caption and header cells', async () => {
    const {el} = await mount(`<spend-compare src="${MILEX}" ${SERIES} prefix="$" unit="bn" heading="Spending"></spend-compare>`);
    const button = $<HTMLButtonElement>(el, '.controls button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const wrapper = $(el, `#${button.getAttribute('aria-controls')}`)!;
    expect(wrapper.getBoundingClientRect().height).to.be.at.most(1);
    button.click();
    await frames(1);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent).to.equal('Hide data');
    expect(wrapper.getBoundingClientRect().height).to.be.greaterThan(100);
    expect($(el, 'caption')!.textContent).to.equal('Spending');
    expect($$(el, 'thead th').map((t) => t.textContent)).to.deep.equal(['Year', 'China (billion US dollars)', 'Russia (billion US dollars)']);
    expect($$(el, 'tbody th[scope="row"]').length).to.equal(29);
    const b = button.getBoundingClientRect();
    expect(Math.min(b.width, b.height)).to.be.at.least(24);
    await expect(el).to.be.accessible();
  });

  it('Download CSV holds the same data, header included, named after the heading', async () => {
    const {el} = await mount(`<tiv-trend src="${TIV}" heading="Russia's arms to China"></tiv-trend>`);
    const link = $<HTMLAnchorElement>(el, '.controls a')!;
    expect(link.getAttribute('download')).to.equal('russia-s-arms-to-china.csv');
    link.focus(); // the data URL is written when the link is about to be used
    const csv = decodeURIComponent(link.href.replace(/^data:text\/csv;charset=utf-8,/, ''));
    const source = await (await fetch(TIV)).text();
    // The same data; the series' column is headed by its name made readable ("tiv" is "TIV").
    expect(csv.trim()).to.equal(source.trim().replace(/^year,tiv/, 'year,TIV'));
    const l = link.getBoundingClientRect();
    expect(l.height).to.be.at.least(24);
  });

  it('a table of more than 1,000 rows is built only when shown', async () => {
    const rows = JSON.stringify(Array.from({length: 1500}, (_, i) => [i, i % 7]));
    const {el} = await mount(`<tiv-trend mark="line" data='${rows}'></tiv-trend>`);
    expect($$(el, 'table').length).to.equal(0);
    $<HTMLButtonElement>(el, '.controls button')!.click();
    await frames(1);
    expect($$(el, 'table tbody tr').length).to.equal(1500);
  });

  for (const [route, attribute, rows] of [
    ['data', `data='[[2000,1],[2001,2],[2002,3]]'`, 3],
    ['src', `src="${TIV}"`, 30],
  ] as const) {
    it(`the hidden table is built in the frame after the chart is drawn, not for a chart removed before it, and when it is put back (${route})`, async () => {
      const host = document.createElement('div');
      host.style.width = '640px';
      document.body.append(host);
      try {
        host.innerHTML = `<tiv-trend ${attribute}></tiv-trend>`;
        const el = host.firstElementChild!;
        // Removed as soon as it has drawn, in the same frame.
        await new Promise<void>((resolve) => el.addEventListener('chart-render', () => (el.remove(), resolve()), {once: true}));
        await frames(2);
        expect($$(el, 'table').length).to.equal(0);
        // Put back: the same data and size, so nothing but the missing table asks for a redraw.
        host.append(el);
        await frames(3);
        expect($$(el, 'table tbody tr').length).to.equal(rows);
      } finally {
        host.remove();
      }
    });
  }

  it('spoken numbers are words: summary, live region, table headers and cells for screen readers', async () => {
    const {el} = await mount(`<spend-compare src="${MILEX}" ${SERIES} prefix="$" unit="bn" heading="Spending"></spend-compare>`);
    const summary = summaryOf(el);
    expect(summary).to.include('244.934 billion US dollars');
    expect(summary).not.to.match(ABBREVIATED);
    const spokenCells = $$(el, 'td .visually-hidden').map((c) => c.textContent!);
    expect(spokenCells.length).to.equal(58);
    for (const c of spokenCells) expect(c).not.to.match(ABBREVIATED);
    for (const th of $$(el, 'thead th')) expect(th.textContent).not.to.match(ABBREVIATED);
    // What is shown keeps the house style.
    expect(tableRows(el).at(-1)).to.deep.equal(['2020', '$244.934bn', '$66.838bn']);
    $<SVGElement>(el, 'svg.chart')!.focus();
    await sendKeys({press: 'End'});
    expect(live(el)).not.to.match(ABBREVIATED);
  });

  it('an author description replaces the summary, and show-summary shows it', async () => {
    const {el} = await mount(`<tiv-trend data='[[2001,1],[2002,2]]' heading="H" description="My own words." show-summary></tiv-trend>`);
    const summary = $(el, `#${$(el, 'figure')!.getAttribute('aria-describedby')}`)!;
    expect(summary.textContent!.trim()).to.equal('My own words.');
    expect(summary.getBoundingClientRect().height).to.be.greaterThan(5);
  });

  it('the summary is written with the hidden table, a frame after the chart is drawn; a shown summary with the chart', async () => {
    for (const shown of [false, true]) {
      const host = document.createElement('div');
      host.style.width = '640px';
      document.body.append(host);
      try {
        const atDrawing = new Promise<string>((resolve) =>
          host.addEventListener('chart-render', (e) => resolve(summaryOf(e.target as Element)), {once: true})
        );
        host.innerHTML = `<tiv-trend ${shown ? 'show-summary' : ''} unit="mn" data='[[2001,1500],[2002,2500]]'></tiv-trend>`;
        const el = host.firstElementChild!;
        const expected = /^2001 to 2002\. Highest: 2,500 million in 2002/;
        if (shown) expect(await atDrawing).to.match(expected);
        else expect(await atDrawing).to.equal('');
        await waitUntil(() => $$(el, 'table tbody tr').length === 2, 'the hidden table is built');
        expect(summaryOf(el)).to.match(expected);
      } finally {
        host.remove();
      }
    }
  });

  it('the summary follows the locale', async () => {
    const {el} = await mount(`<tiv-trend locale="de-DE" unit="mn" data='[[2001,1500.5],[2002,2500.25]]'></tiv-trend>`);
    expect(summaryOf(el)).to.match(/^2001 bis 2002\. Höchster Wert: 2\.500,25 Millionen im Jahr 2002/);
    expect($(el, '.controls button')!.textContent).to.equal('Daten zeigen');
  });
});

describeNeeds('accessibility-tree')('accessibility tree', () => {
  it('one figure named by the heading and described by the summary; the table when shown', async () => {
    const {el} = await mount(`<tiv-trend src="${TIV}" unit="mn" heading="Russia to China"></tiv-trend>`);
    const nodes = walk(await axTree());
    const figures = nodes.filter((n) => n.role === 'figure');
    expect(figures.length).to.equal(1);
    expect(figures[0].name).to.equal('Russia to China');
    expect(figures[0].description).to.include('1992 to 2021');
    expect(nodes.some((n) => n.role === 'table')).to.equal(true);
    $<HTMLButtonElement>(el, '.controls button')!.click();
    await frames(1);
    expect(walk(await axTree()).some((n) => n.role === 'table')).to.equal(true);
  });
});

describeNeeds('accessibility-tree')('each thing said once', () => {
  const variants = [
    `<tiv-trend src="${TIV}" unit="mn" heading="Russia to China"></tiv-trend>`,
    `<tiv-trend src="${TIV}" unit="mn" heading="Russia to China" show-summary></tiv-trend>`,
    `<tiv-trend src="${TIV}" heading="Russia to China"><p slot="description">Own words about the chart.</p></tiv-trend>`,
    `<spend-compare src="${MILEX}" ${SERIES} prefix="$" unit="bn" heading="Spending"></spend-compare>`,
  ];
  for (const markup of variants) {
    it(`the summary once, as the figure's description, and the key help once, as the plot's: ${markup.slice(0, 60)}…`, async () => {
      const {el} = await mount(markup);
      // The author's slotted description is in the host's light DOM.
      const summary = summaryOf(el) || el.querySelector('[slot="description"]')!.textContent!.trim();
      const keys = $(el, `#${$(el, 'svg.chart')!.getAttribute('aria-describedby')}`)!.textContent!.trim();
      expect(summary.length).to.be.greaterThan(10);
      expect(keys.length).to.be.greaterThan(10);
      const nodes = walk(await axTree());
      const saying = (text: string) => nodes.filter((n) => (n.name ?? '').includes(text) || (n.description ?? '').includes(text));
      const said = saying(summary);
      expect(said.map((n) => n.role), 'summary').to.deep.equal(['figure']);
      expect(said[0].description).to.equal(summary);
      const help = saying(keys);
      expect(help.map((n) => n.role), 'key help').to.deep.equal(['graphics-document']);
      expect(help[0].description).to.equal(keys);
    });
  }
});

describeNeeds('accessibility-tree')('chart read as a whole, not tick by tick', () => {
  const data = `data='[{"year":2019,"value":410},{"year":2020,"value":380},{"year":2021,"value":520},{"year":2022,"value":610},{"year":2023,"value":590}]'`;
  const variants: [string, string, number][] = [
    ['columns', `<tiv-trend heading="Arms imports, Country P, 2019–2023" unit="mn" mark="column" ${data}></tiv-trend>`, 640],
    ['a line', `<tiv-trend heading="Arms imports, Country P, 2019–2023" unit="mn" mark="line" ${data}></tiv-trend>`, 640],
    ['an area with highlight and annotation', `<tiv-trend heading="Arms imports, Country P, 2019–2023" unit="mn" mark="area" highlight="max" annotations='[{"year":2022,"label":"New contract"}]' ${data}></tiv-trend>`, 640],
    ...[1200, 320].map(
      (w) =>
        [`<spend-compare> at ${w} px`, `<spend-compare heading="Arms imports, Country P, 2019–2023" unit="mn" data='[{"year":2019,"a":410,"b":300},{"year":2023,"a":590,"b":200}]'></spend-compare>`, w] as [
          string,
          string,
          number,
        ]
    ),
  ];
  for (const [name, markup, width] of variants) {
    it(name, async () => {
      const {el} = await mount(markup, width);
      const nodes = walk(await axTree());
      const named = nodes.filter((n) => ['figure', 'group', 'region', 'img'].includes(n.role) && n.name === 'Arms imports, Country P, 2019–2023');
      expect(named.length).to.equal(1);
      if (el.localName === 'tiv-trend') {
        for (const fact of ['2019', '2023', '610', '380', '590']) expect(named[0].description).to.include(fact);
      }
      // Outside the table no node is named by a bare tick label, and no graphic is unnamed.
      const table = nodes.find((n) => n.role === 'table');
      const inTable = new Set(walk(table));
      const ticks = new Set([...$$(el, '.x-axis text, .y-axis text').map((t) => t.textContent!.trim())]);
      for (const n of nodes) {
        if (inTable.has(n)) continue;
        expect(ticks.has((n.name ?? '').trim()), `node ${n.role} "${n.name}"`).to.equal(false);
        if (['img', 'graphics-document', 'image'].includes(n.role)) expect(n.name, n.role).to.be.a('string').and.not.equal('');
      }
      if (el.localName === 'spend-compare') {
        const texts = nodes.filter((n) => n.role === 'StaticText' && (n.name ?? '').includes('×'));
        expect(texts.length, 'ratio exposed once').to.be.at.most(1);
      }
      await expect(el).to.be.accessible();
    });
  }
});

/** Contrast checks of text and marks against what is actually behind them. */
function expectContrast(el: Element, minMark = 3) {
  const bg = backgroundOf($(el, '.plot')!);
  for (const t of [$(el, '.heading')!, ...$$(el, '.y-axis text, .x-axis text, .direct-label text, .ratio-value, .ratio-text, .source')]) {
    if (!(t as HTMLElement).textContent?.trim()) continue;
    expect(textContrast(t), `text ${t.getAttribute('class')} "${t.textContent}"`).to.be.at.least(4.5);
  }
  for (const m of $$(el, 'rect.column')) expect(contrast(getComputedStyle(m).fill, bg), 'column').to.be.at.least(minMark);
  for (const m of $$(el, 'path.line')) expect(contrast(getComputedStyle(m).stroke, bg), 'line').to.be.at.least(minMark);
  for (const g of $$(el, '.grid line, .baseline').slice(0, 2)) expect(contrast(getComputedStyle(g).stroke, bg), 'grid').to.be.at.least(1.2);
}

describe('dark mode contrast', () => {
  const markup = `<tiv-trend heading="Arms imports, Country Q" subheading="TIV, millions" unit="mn" source="Source: test data" mark="column" data='[{"year":2021,"value":300},{"year":2022,"value":450},{"year":2023,"value":420}]'></tiv-trend>`;
  const compare = (mark: string) =>
    `<spend-compare heading="Spending" prefix="$" unit="bn" mark="${mark}" source="Source: test" data='[{"year":2019,"a":240,"b":65},{"year":2023,"a":296,"b":109}]'></spend-compare>`;
  async function onDarkPage(markup: string) {
    document.body.style.cssText = 'background:#121212;color:#eeeeee';
    try {
      const {el} = await mount(markup);
      return el;
    } finally {
      // restored in the test
    }
  }
  afterEach(() => {
    document.body.style.cssText = '';
  });
  for (const [name, m] of [
    ['columns', markup],
    ['<spend-compare> lines', compare('line')],
    ['<spend-compare> bars', compare('bar')],
  ]) {
    itNeeds('media-emulation')(`${name} on a dark page with a dark preference`, async () => {
      await emulate([{name: 'prefers-color-scheme', value: 'dark'}]);
      const el = await onDarkPage(m);
      expectContrast(el);
      await expect(el).to.be.accessible();
    });
    it(`${name} on a dark page with theme="dark"`, async () => {
      const el = await onDarkPage(m.replace(/^<(tiv-trend|spend-compare)/, '<$1 theme="dark"'));
      expectContrast(el);
      await expect(el).to.be.accessible();
    });
  }
  it('theme="dark" on a light page paints its own dark background', async () => {
    const {el} = await mount(markup.replace('<tiv-trend', '<tiv-trend theme="dark"'));
    const bg = backgroundOf($(el, '.plot')!);
    expect(bg[0]).to.be.below(40);
    expectContrast(el);
    await expect(el).to.be.accessible();
  });
  it('theme="light" on a dark page paints its own light background', async () => {
    const el = await onDarkPage(markup.replace('<tiv-trend', '<tiv-trend theme="light"'));
    expect(backgroundOf($(el, '.plot')!)[0]).to.be.above(240);
    expectContrast(el);
  });
  itNeeds('media-emulation')('the dark preference on a light page keeps the page colours', async () => {
    await emulate([{name: 'prefers-color-scheme', value: 'dark'}]);
    document.body.style.cssText = 'background:#ffffff;color:#111111';
    const {el} = await mount(markup);
    expectContrast(el);
  });
  itNeeds('media-emulation')('colours follow a preference switched while the page is open', async () => {
    const {el} = await mount(`<div class="page">${markup}</div>`);
    const style = document.createElement('style');
    style.textContent = '.page{background:#fff;color:#111} @media (prefers-color-scheme: dark){.page{background:#121212;color:#eee}}';
    document.head.append(style);
    const chart = el.querySelector('tiv-trend')!;
    const before = getComputedStyle($(chart, '.heading')!).color;
    await emulate([{name: 'prefers-color-scheme', value: 'dark'}]);
    await frames(2);
    const after = getComputedStyle($(chart, '.heading')!).color;
    expect(after).not.to.equal(before);
    expectContrast(chart);
    style.remove();
  });
  itNeeds('media-emulation')('--tiv-color-text on an ancestor sets the heading colour in dark mode too', async () => {
    await emulate([{name: 'prefers-color-scheme', value: 'dark'}]);
    const {el} = await mount(`<div style="--tiv-color-text: rgb(10, 20, 30)">${markup.replace('<tiv-trend', '<tiv-trend theme="dark"')}</div>`);
    expect(getComputedStyle($(el.querySelector('tiv-trend')!, '.heading')!).color).to.equal('rgb(10, 20, 30)');
  });
});

describeNeeds('media-emulation')('forced colours keep data visible', () => {
  const compare = (mark: string) =>
    `<spend-compare heading="Military spending, Country A and Country B" prefix="$" unit="bn" mark="${mark}" series='[{"key":"a","label":"Country A"},{"key":"b","label":"Country B"}]' data='[{"year":2019,"a":240,"b":65},{"year":2021,"a":270,"b":66},{"year":2023,"a":296,"b":109}]'></spend-compare>`;
  const trend = (mark: string) => `<tiv-trend heading="Arms imports" unit="mn" mark="${mark}" highlight="max" data='[[2019,410],[2020,380],[2021,520]]'></tiv-trend>`;
  for (const scheme of ['light', 'dark']) {
    for (const [name, markup] of [
      ['<spend-compare> lines', compare('line')],
      ['<spend-compare> bars', compare('bar')],
      ['<tiv-trend> columns', trend('column')],
      ['<tiv-trend> line', trend('line')],
      ['<tiv-trend> area', trend('area')],
    ]) {
      it(`${name}, ${scheme} scheme`, async () => {
        await emulate([
          {name: 'forced-colors', value: 'active'},
          {name: 'prefers-color-scheme', value: scheme},
        ]);
        const {el} = await mount(markup);
        expectContrast(el);
        if (el.localName === 'spend-compare' && !markup.includes('"bar"')) {
          const dashes = $$(el, 'path.line').map((p) => getComputedStyle(p).strokeDasharray);
          expect(new Set(dashes).size, 'series differ without colour').to.equal(2);
        }
        const hi = $(el, 'rect.column.highlight');
        if (hi && el.localName === 'tiv-trend') {
          const other = $$(el, 'rect.column').find((r) => !r.classList.contains('highlight'))!;
          expect(getComputedStyle(hi).fill).not.to.equal(getComputedStyle(other).fill);
        }
        $<SVGElement>(el, 'svg.chart')!.focus();
        await sendKeys({press: 'Home'});
        const ring = $(el, '.focus-ring')!;
        expect(contrast(getComputedStyle(ring).stroke, backgroundOf($(el, '.plot')!))).to.be.at.least(3);
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('axe in every mode, width and element', () => {
  const inputs = [
    `<tiv-trend src="${TIV}" unit="mn" heading="TIV"></tiv-trend>`,
    `<tiv-trend unit="%" heading="Change" data='[[2019,4],[2020,-18],[2021,7],[2022,-3]]'></tiv-trend>`,
    `<spend-compare src="${MILEX}" ${SERIES} prefix="$" unit="bn" heading="Spending"></spend-compare>`,
    `<spend-compare unit="%" mark="bar" heading="Change" data='[{"year":2021,"a":6,"b":-15},{"year":2022,"a":-4,"b":9}]'></spend-compare>`,
  ];
  const modes: [string, {name: string; value: string}[]][] = [
    ['light', []],
    ['dark', [{name: 'prefers-color-scheme', value: 'dark'}]],
    ['theme="dark"', []],
    ['forced colours', [{name: 'forced-colors', value: 'active'}]],
  ];
  for (const [mode, features] of modes) {
    for (const width of [320, 1200]) {
      (features.length ? itNeeds('media-emulation') : it)(`${mode} at ${width} px`, async () => {
        await emulate(features);
        if (mode.includes('dark')) document.body.style.cssText = 'background:#121212;color:#eee';
        for (const input of inputs) {
          const {el} = await mount(mode === 'theme="dark"' ? input.replace(/^<(tiv-trend|spend-compare)/, '<$1 theme="dark"') : input, width);
          await expect(el).to.be.accessible();
        }
        document.body.style.cssText = '';
      });
    }
  }
});

describe('zoom and reflow', () => {
  it('at 320 px and 200% text size nothing overflows, overlaps or is clipped', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      for (const markup of [
        `<tiv-trend src="${TIV}" unit="mn" heading="Russia's arms deliveries to China" source="Source: SIPRI"></tiv-trend>`,
        `<spend-compare src="${MILEX}" ${SERIES} prefix="$" unit="bn" heading="Spending" source="Source: SIPRI"></spend-compare>`,
      ]) {
        const {el, host} = await mount(markup, 320);
        await nextChartEvent(host, 300);
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
        const svgBox = $(el, 'svg.chart')!.getBoundingClientRect();
        const texts = $$<SVGTextElement>(el, '.x-axis text, .y-axis text, .direct-label text').map((t) => t.getBoundingClientRect());
        expect(overlaps($$<SVGTextElement>(el, '.x-axis text').map((t) => t.getBoundingClientRect()))).to.equal(false);
        expect(overlaps($$<SVGTextElement>(el, '.y-axis text').map((t) => t.getBoundingClientRect()))).to.equal(false);
        for (const t of texts) {
          expect(t.left).to.be.at.least(svgBox.left - 1);
          expect(t.right).to.be.at.most(svgBox.right + 1);
        }
        expect(parseFloat(getComputedStyle($(el, '.x-axis text')!).fontSize)).to.be.at.least(24);
        for (const c of $$(el, '.controls button, .controls a')) expect(c.getBoundingClientRect().height).to.be.at.least(24);
        cleanup();
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  itNeeds('media-emulation')('reduced motion: no animations or transitions run, not even those an author puts on a part', async () => {
    const style = document.createElement('style');
    style.textContent = 'tiv-trend::part(heading), tiv-trend::part(plot) { transition: opacity 2s; animation: 2s linear infinite both pulse; } @keyframes pulse { to { opacity: 0.5; } }';
    document.head.append(style);
    try {
      const {el} = await mount(`<tiv-trend src="${TIV}" heading="Moving?"></tiv-trend>`);
      // Without the preference the author's motion runs (the test can see it).
      expect(getComputedStyle($(el, '.heading')!).transitionDuration).to.equal('2s');
      await emulate([{name: 'prefers-reduced-motion', value: 'reduce'}]);
      await frames(1);
      expect(el.shadowRoot!.getAnimations().length).to.equal(0);
      for (const node of el.shadowRoot!.querySelectorAll('*')) expect(getComputedStyle(node).transitionDuration).to.match(/^0s/);
    } finally {
      style.remove();
    }
  });
});

describe('print fits the page', () => {
  itNeeds('media-emulation')('both charts follow their container in print media', async () => {
    const {el: article} = await mount(
      `<article style="max-width:1200px">
        <spend-compare heading="Military spending, Country A and Country B" prefix="$" unit="bn" series='[{"key":"a","label":"Country A"},{"key":"b","label":"Country B"}]' data='[{"year":2019,"a":240,"b":65},{"year":2023,"a":296,"b":109}]'></spend-compare>
        <tiv-trend heading="Arms imports, Country A" unit="mn" mark="column" data='[{"year":2019,"value":410},{"year":2020,"value":380},{"year":2021,"value":520}]'></tiv-trend>
      </article>`,
      '100%'
    );
    await nextChartEvent(article.parentElement!, 300);
    const charts = [...article.querySelectorAll('spend-compare, tiv-trend')];
    await emulate([], 'print');
    (article as HTMLElement).style.maxWidth = '720px';
    // Read in the same task, before any resize callback: CSS alone keeps the svg in its box.
    for (const c of charts) expect($(c, 'svg.chart')!.getBoundingClientRect().width).to.be.at.most(c.getBoundingClientRect().width + 0.5);
    await frames(3);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    for (const c of charts) {
      const box = $(c, 'svg.chart')!.getBoundingClientRect();
      const labels = $$<SVGTextElement>(c, 'text').map((t) => t.getBoundingClientRect());
      for (const l of labels) {
        expect(l.left).to.be.at.least(box.left - 1);
        expect(l.right).to.be.at.most(box.right + 1);
      }
      expect(overlaps($$<SVGTextElement>(c, '.x-axis text, .direct-label text').map((t) => t.getBoundingClientRect()))).to.equal(false);
    }
    await emulate([]);
    (article as HTMLElement).style.maxWidth = '1200px';
    await frames(3);
    const width = Math.min(1200, article.getBoundingClientRect().width);
    for (const c of charts) expect($(c, 'svg.chart')!.getBoundingClientRect().width).to.be.closeTo(width, 2);
  });
});

describe('right-to-left pages', () => {
  const arabic = `<spend-compare heading="الإنفاق العسكري: البلد أ والبلد ب" subheading="بمليارات الدولارات" unit="مليار" source="المصدر: بيانات اختبار" note="الأرقام للاختبار فقط" series='[{"key":"a","label":"البلد أ"},{"key":"b","label":"البلد ب"}]' data='[{"year":2019,"a":240,"b":65},{"year":2023,"a":296,"b":109}]'></spend-compare>`;
  const hebrew = `<spend-compare heading="הוצאה צבאית: מדינה א ומדינה ב" subheading="במיליארדי דולרים" unit="מיליארד" source="מקור: נתוני בדיקה" note="נתונים לבדיקה בלבד" series='[{"key":"a","label":"מדינה א"},{"key":"b","label":"מדינה ב"}]' data='[{"year":2019,"a":240,"b":65},{"year":2023,"a":296,"b":109}]'></spend-compare>`;
  const cases: [string, string, string, number][] = [
    ['Arabic', 'ar', arabic, 640],
    ['Hebrew', 'he', hebrew, 640],
    ['Arabic at 320 px', 'ar', arabic, 320],
  ];
  for (const [name, lang, markup, width] of cases) {
    it(name, async () => {
      const {el: wrap} = await mount(`<div dir="rtl" lang="${lang}">${markup}<tiv-trend heading="واردات" unit="مليار" data='[[2019,240],[2023,296]]'></tiv-trend></div>`, width);
      await nextChartEvent(wrap.parentElement!, 300);
      const el = wrap.querySelector('spend-compare')!;
      for (const part of ['.heading', '.subheading', '.source', '.note', '.ratio']) {
        expect(getComputedStyle($(el, part)!).direction, part).to.equal('rtl');
      }
      const host = el.getBoundingClientRect();
      for (const part of ['.heading', '.subheading', '.source']) {
        const range = document.createRange();
        const slot = $(el, `${part} slot`)!;
        range.selectNodeContents(slot);
        const text = range.getBoundingClientRect();
        expect(text.right, part).to.be.closeTo(host.right, 2);
      }
      expect($(el, '.heading')!.textContent).to.equal(el.getAttribute('heading'));
      const labels = [...$$(el, '.direct-label text, .legend li span')].map((t) => t.textContent);
      expect(labels).to.deep.equal(JSON.parse(el.getAttribute('series')!).map((s: {label: string}) => s.label));
      const years = xLabels(el).map((t) => t.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))));
      expect(years).to.include('2019').and.include('2023');
      for (const y of years) expect(y).to.match(/^20\d\d$/);
      const ratio = $(el, '.ratio-value')!.textContent!;
      expect(ratio).to.equal(lang === 'ar' ? `${new Intl.NumberFormat('ar', {maximumFractionDigits: 1}).format(2.7)}×` : '2.7×');
      expect($(el, '.ratio-text')!.textContent).to.match(/2023|٢٠٢٣/);
      const legend = $(el, '.legend li');
      if (legend) {
        const swatch = legend.querySelector('svg')!.getBoundingClientRect();
        const text = legend.querySelector('span')!.getBoundingClientRect();
        expect(swatch.left).to.be.greaterThan(text.left);
      }
      const bad = [...el.shadowRoot!.querySelectorAll('*')].flatMap((n) => [...n.attributes].filter((a) => /NaN|Infinity|undefined/.test(a.value)));
      expect(bad).to.deep.equal([]);
      await expect(el).to.be.accessible();
      // (b) the <tiv-trend> in the same container.
      const trend = wrap.querySelector('tiv-trend')!;
      expect(getComputedStyle($(trend, '.heading')!).direction).to.equal('rtl');
      expect($(trend, '.heading')!.textContent).to.equal('واردات');
      const trendYears = xLabels(trend).map((t) => t.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))));
      expect(trendYears).to.include('2019').and.include('2023');
      await expect(trend).to.be.accessible();
    });
  }
  it('dir="rtl" on the element itself', async () => {
    const {el} = await mount(arabic.replace('<spend-compare', '<spend-compare dir="rtl" lang="ar"'));
    expect(getComputedStyle($(el, '.heading')!).direction).to.equal('rtl');
  });
});

describe('contrast of every theme, from computed colours', () => {
  for (const theme of ['light', 'dark']) {
    it(`theme="${theme}": text 4.5:1, marks 3:1`, async () => {
      const {el} = await mount(`<spend-compare theme="${theme}" heading="H" source="S" data='${JSON.stringify(
        [2019, 2020, 2021].map((year) => ({year, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8}))
      )}'></spend-compare>`);
      expectContrast(el);
      const bg = backgroundOf($(el, '.plot')!);
      const strokes = $$(el, 'path.line').map((p) => rgba(getComputedStyle(p).stroke).join());
      expect(new Set(strokes).size, 'eight distinct series colours').to.equal(8);
      void bg;
    });
  }
});
