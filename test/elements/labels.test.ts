/**
 * Labels in the drawn chart: the four series with highlight="2024" at phone and desktop
 * widths (no two texts overlap, none crosses the x axis, each value names its series by colour or
 * in a note), halos in every theme, and the emphasis of highlighted data.
 */
import {expect} from '@open-wc/testing';
import {$, $$, expectNoPageErrors, ink, mount} from '../helpers/chart.js';
import {backgroundOf, contrast, over, rgba} from '../helpers/contrast.js';
import {emulateMedia, itNeeds} from '../helpers/engine.js';
import {fourSeriesRows} from '../helpers/four-series.js';

expectNoPageErrors(() => emulateMedia([]));

/** The chart: four series ending at 2.03 %, 1.99 %, 1.89 % and 1.49 % in 2024. */
function fourSeries(extra = ''): string {
  const rows = fourSeriesRows();
  const notes = JSON.stringify([
    {year: 2022, label: 'Invasion of Ukraine'},
    {year: 2024, label: 'NATO summit'},
    {from: 2014, to: 2015, label: 'Wales pledge'},
  ]);
  return `<spend-compare heading="Military spending" unit="%" highlight="2024" ${extra} data='${JSON.stringify(rows)}' annotations='${notes}'></spend-compare>`;
}

/** Every text drawn in the plot and the note markers, as page boxes, named. */
function plotTexts(el: Element): {name: string; box: DOMRect}[] {
  const texts = $$(el, '.value-label, .annotation text, .direct-label text, .note-marker circle');
  return texts.map((t) => ({name: `${t.getAttribute('class') ?? t.parentElement?.getAttribute('class')} "${t.textContent}"`, box: t.localName === 'circle' ? t.getBoundingClientRect() : ink(t)}));
}

function meetings(boxes: {name: string; box: DOMRect}[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i].box, boxes[j].box];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`${boxes[i].name} meets ${boxes[j].name}`);
    }
  }
  return out;
}

describe('labels that never collide', () => {
  for (const width of [320, 375, 768, 1280]) {
    it(`four series with highlight="2024" at ${width} px: no two texts meet, none crosses the x axis or a rule, every value is shown or noted with its series`, async () => {
      const {el} = await mount(fourSeries(), width);
      const texts = plotTexts(el);
      expect(meetings(texts).join('; ')).to.equal('');
      const axis = $(el, '.x-axis text')!.getBoundingClientRect().top;
      for (const t of texts) expect(t.box.bottom, t.name).to.be.at.most(axis);
      for (const rule of $$(el, '.annotation.rule line')) {
        const r = rule.getBoundingClientRect();
        for (const t of texts) {
          const crosses = r.left > t.box.left && r.left < t.box.right && r.top < t.box.bottom && r.bottom > t.box.top;
          expect(crosses, `a rule crosses ${t.name}`).to.equal(false);
        }
      }
      // Each value: a label in its series' colour in the plot, or a numbered note naming the series.
      const labels = $$(el, '.value-label').map((v) => v.textContent!.trim());
      const notes = $$(el, '.label-notes li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      for (const [name, value] of [
        ['UK', '2.03%'],
        ['France', '1.99%'],
        ['Germany', '1.89%'],
        ['Italy', '1.49%'],
      ]) {
        const noted = notes.some((n) => n.includes(name) && n.includes(value));
        expect(labels.includes(value) || noted, `${name} ${value}`).to.equal(true);
      }
      for (const v of $$(el, '.value-label')) expect(v.classList.contains('in-series'), 'in its series colour').to.equal(true);
      // The markers of notes match the notes.
      expect($$(el, '.note-marker text').map((t) => t.textContent)).to.deep.equal(notes.map((_, i) => String(i + 1)).slice(0, $$(el, '.note-marker').length));
      // At 768 px the lines converging on 2024 leave France's label no room clear of them: a note.
      if (width >= 1280) expect(labels.sort()).to.deep.equal(['1.49%', '1.89%', '1.99%', '2.03%']);
    });
  }

  it('a value label is drawn beside its own point, or joined to it by a leader line', async () => {
    const {el} = await mount(fourSeries(), 1280);
    const points = $$(el, '.point.highlight').map((p) => p.getBoundingClientRect());
    for (const label of $$(el, '.value-label')) {
      const box = label.getBoundingClientRect();
      const near = points.some((p) => Math.abs((p.top + p.bottom) / 2 - (box.top + box.bottom) / 2) < box.height && Math.abs(p.left - box.right) < 20);
      const leader = label.previousElementSibling?.classList.contains('leader');
      expect(near || leader, label.textContent!).to.equal(true);
    }
  });
});

describe('halos and the highlight emphasis', () => {
  afterEach(() => {
    document.body.style.cssText = '';
    return emulateMedia([]);
  });

  for (const theme of ['light', 'dark']) {
    it(`theme="${theme}": value and annotation labels have a halo in the background colour`, async () => {
      const {el} = await mount(fourSeries(`theme="${theme}"`), 768);
      const bg = backgroundOf($(el, '.plot')!);
      for (const t of $$(el, '.value-label, .annotation text')) {
        const style = getComputedStyle(t);
        expect(style.paintOrder.startsWith('stroke'), t.textContent!).to.equal(true);
        expect(contrast(style.stroke, bg), `halo of ${t.textContent}`).to.be.below(1.05);
        expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
      }
    });
  }

  it('on a dark page of its own (theme auto), the halo is dark: farthest from the text', async () => {
    document.body.style.cssText = 'background:#121212;color:#eeeeee';
    const {el} = await mount(fourSeries(), 768);
    const style = getComputedStyle($(el, '.value-label')!);
    expect(style.stroke).not.to.equal('none');
    expect(style.paintOrder.startsWith('stroke')).to.equal(true);
    expect(contrast(rgba(style.stroke), backgroundOf($(el, '.plot')!))).to.be.below(1.3);
  });

  itNeeds('media-emulation')('forced colours: the halo is Canvas and the labels CanvasText', async () => {
    await emulateMedia([{name: 'forced-colors', value: 'active'}]);
    const {el} = await mount(fourSeries(), 768);
    const label = $(el, '.value-label')!;
    const probe = document.createElement('div');
    probe.style.cssText = 'color: Canvas; background: CanvasText';
    document.body.append(probe);
    const [canvas, canvasText] = [getComputedStyle(probe).color, getComputedStyle(probe).backgroundColor];
    probe.remove();
    expect(rgba(getComputedStyle(label).stroke)).to.deep.equal(rgba(canvas));
    expect(rgba(getComputedStyle(label).fill)).to.deep.equal(rgba(canvasText));
  });

  for (const theme of ['light', 'dark']) {
    it(`theme="${theme}": a highlighted point is a ring in its own series' shade around the background, distinct from every series colour`, async () => {
      const {el} = await mount(fourSeries(`theme="${theme}"`), 768);
      const bg = backgroundOf($(el, '.plot')!);
      const palette = Array.from({length: 8}, (_, i) => getComputedStyle(el).getPropertyValue(`--_s${i}`).trim());
      const highlighted = $$(el, '.point.highlight');
      expect(highlighted).to.have.length(4);
      for (const p of highlighted) {
        const style = getComputedStyle(p);
        // Its fill is the background, which is at least 3:1 from every series colour.
        for (const colour of palette) expect(contrast(colour, over(rgba(style.fill), bg)), `fill against ${colour}`).to.be.at.least(3);
        // Its ring is its own series' colour, shaded: still 3:1 against the background.
        const own = getComputedStyle($$(el, 'path.line').find((l) => l.classList.contains([...p.classList].find((c) => c.startsWith('series-'))!))!).stroke;
        expect(contrast(style.stroke, bg), 'ring against the background').to.be.at.least(3);
        expect(rgba(style.stroke), 'ring is a shade, not the line colour').not.to.deep.equal(rgba(own));
      }
    });
  }

  it('<tiv-trend> columns: the highlighted column is a shade of the mark colour, distinct from it, and no fixed orange', async () => {
    const {el} = await mount(`<tiv-trend theme="light" mark="column" highlight="max" data='[[2019,410],[2020,380],[2021,520]]'></tiv-trend>`, 375);
    const hi = getComputedStyle($(el, 'rect.column.highlight')!).fill;
    const other = getComputedStyle($$(el, 'rect.column').find((c) => !c.classList.contains('highlight'))!).fill;
    const bg = backgroundOf($(el, '.plot')!);
    expect(contrast(hi, rgba(other)), 'against the other columns').to.be.at.least(1.5);
    expect(contrast(hi, bg)).to.be.at.least(3);
    const [r, , b] = rgba(hi);
    expect(b, 'a shade of blue, not orange').to.be.above(r);
  });
});

