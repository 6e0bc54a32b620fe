/**
 * `downloads="csv svg png"`: the "Download SVG" and "Download PNG" buttons beside "Download CSV",
 * the files they save, and print. The files' content: test/export/download.test.ts; the export
 * module loaded from beside the script-tag bundles, and missing there:
 * test/bundles/export-module.test.ts.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {$, $$, cleanup, mount} from '../helpers/chart.js';
import {describeNeeds, emulateMedia} from '../helpers/engine.js';
import {control, download, parsedSvg, svgTexts as texts} from '../helpers/download.js';

const TIV = '/test/fixtures/tiv-russia-china.csv';
const HEADING = "Russia's arms deliveries to China peaked in 2005";
const TREND = `src="${TIV}" heading="${HEADING}" subheading="TIV, millions" unit="mn" source="Source: SIPRI Arms Transfers Database" highlight="max" annotations='[{"year":2014,"label":"Crimea annexed"}]'`;

describe('downloads', () => {
  afterEach(cleanup);

  it('default: "Download CSV" only; "csv svg png" adds "Download SVG" and "Download PNG" buttons after it, in the tab order', async () => {
    const {el: plain} = await mount(`<tiv-trend ${TREND}></tiv-trend>`);
    expect($$(plain, '[part=download]').map((c) => c.textContent?.trim())).to.deep.equal(['Download CSV']);
    const {el} = await mount(`<tiv-trend ${TREND} downloads="png svg csv"></tiv-trend>`);
    const controls = $$<HTMLElement>(el, '[part=download]');
    expect(controls.map((c) => [c.localName, c.textContent?.trim()])).to.deep.equal([
      ['a', 'Download CSV'],
      ['button', 'Download SVG'],
      ['button', 'Download PNG'],
    ]);
    // Keyboard: from the CSV link, Tab reaches each button.
    controls[0].focus();
    for (const next of controls.slice(1)) {
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(next);
    }
    // The same size and line as the CSV link: a row of controls, each at least 24 px high.
    const boxes = controls.map((c) => c.getBoundingClientRect());
    for (const box of boxes) expect(box.height).to.be.at.least(24);
    expect(new Set(boxes.map((b) => Math.round(b.top))).size, 'one row at 640 px').to.equal(1);
    expect(getComputedStyle(controls[1]).textDecorationLine).to.equal(getComputedStyle(controls[0]).textDecorationLine);
    await expect(el).to.be.accessible();
  });

  it('an empty list offers no download; unknown names are reported and ignored, with csv when none is left', async () => {
    const {el: none} = await mount(`<tiv-trend ${TREND} downloads=""></tiv-trend>`);
    expect($$(none, '[part=download]').length).to.equal(0);
    const {el, renders} = await mount(`<tiv-trend ${TREND} downloads="svg pdf"></tiv-trend>`);
    expect($$(el, '[part=download]').map((c) => c.textContent?.trim())).to.deep.equal(['Download SVG']);
    expect(renders[0].detail.warnings).to.include('downloads: "pdf" is not csv, svg or png; ignored.');
    const {el: fallback, renders: fallbackRenders} = await mount(`<tiv-trend ${TREND} downloads="pdf"></tiv-trend>`);
    expect($$(fallback, '[part=download]').map((c) => c.textContent?.trim())).to.deep.equal(['Download CSV']);
    expect(fallbackRenders[0].detail.warnings).to.include('downloads: "pdf" is not csv, svg or png; ignored; using csv.');
  });

  it('"Download SVG" and "Download PNG" save the standalone SVG and that SVG at twice its size, named after the heading (their content: test/export/download.test.ts)', async () => {
    const {el} = await mount(`<tiv-trend ${TREND} downloads="csv svg png"></tiv-trend>`);
    const svgFile = await download(el, 'Download SVG');
    expect(svgFile.name).to.equal('russia-s-arms-deliveries-to-china-peaked-in-2005.svg');
    const doc = await parsedSvg(svgFile);
    expect(doc.querySelector('title')?.textContent).to.equal(HEADING);
    expect(texts(doc)).to.include('Source: SIPRI Arms Transfers Database');
    const pngFile = await download(el, 'Download PNG');
    expect(pngFile.name).to.equal('russia-s-arms-deliveries-to-china-peaked-in-2005.png');
    const image = await createImageBitmap(pngFile.blob);
    expect([image.width, image.height]).to.deep.equal([Number(doc.documentElement.getAttribute('width')) * 2, Number(doc.documentElement.getAttribute('height')) * 2]);
    expect($(el, '.download-error'), 'no message').to.equal(null);
  });
});

/** The base names of the three files a chart saves: the CSV link's (written as it is about to be used), the SVG's and the PNG's. */
async function savedNames(el: HTMLElement): Promise<string[]> {
  const csv = control(el, 'Download CSV') as HTMLAnchorElement;
  csv.focus();
  const names = [csv.download, (await download(el, 'Download SVG')).name, (await download(el, 'Download PNG')).name];
  return names.map((name) => name.replace(/\.(csv|svg|png)$/, ''));
}

describe('the downloads\' file name', () => {
  afterEach(cleanup);

  const cases: [string, string, string][] = [
    ['a heading', `heading="${HEADING}"`, 'russia-s-arms-deliveries-to-china-peaked-in-2005'],
    ['characters that file systems refuse', `heading='Arms: "A/B" &lt;imports&gt; | 50% * ? \\ C:\\ 2020.'`, 'arms-a-b-imports-50-c-2020'],
    [
      'a very long heading: cut between words, at most 60 characters',
      'heading="Deliveries of major conventional weapons from the Russian Federation to the People\'s Republic of China, 1992 to 2021"',
      'deliveries-of-major-conventional-weapons-from-the-russian',
    ],
    ['a word longer than 60 characters: cut at 60', `heading="${'w'.repeat(80)} arms"`, 'w'.repeat(60)],
    ['a slotted heading: the text shown, not the attribute', `heading="The attribute"><span slot="heading">Shown  <em>instead</em></span`, 'shown-instead'],
    ['no heading: chart-data', '', 'chart-data'],
  ];
  for (const [name, attributes, expected] of cases) {
    it(`CSV, SVG and PNG share one base name: ${name}`, async () => {
      const {el} = await mount(`<tiv-trend src="${TIV}" downloads="csv svg png" ${attributes}></tiv-trend>`);
      const names = await savedNames(el);
      expect(names).to.deep.equal([expected, expected, expected]);
      expect(expected.length).to.be.at.most(60);
    });
  }

  it('a slotted heading changed after the chart was drawn names all three files', async () => {
    const {el} = await mount(`<tiv-trend src="${TIV}" downloads="csv svg png"><span slot="heading">First</span></tiv-trend>`);
    el.querySelector('[slot=heading]')!.textContent = 'Second heading';
    expect(await savedNames(el)).to.deep.equal(['second-heading', 'second-heading', 'second-heading']);
  });
});

describeNeeds('media-emulation')('downloads in print', () => {
  afterEach(async () => {
    await emulateMedia([]);
    cleanup();
  });

  it('the download controls are left out of print', async () => {
    const {el} = await mount(`<tiv-trend ${TREND} downloads="csv svg png"></tiv-trend>`);
    const controls = $$<HTMLElement>(el, '[part=download]');
    expect(controls.length).to.equal(3);
    for (const c of controls) expect(c.getBoundingClientRect().height).to.be.greaterThan(0);
    await emulateMedia([], 'print');
    for (const c of controls) expect(c.getBoundingClientRect().height, c.textContent ?? '').to.equal(0);
    expect(getComputedStyle($(el, '.controls')!).display).to.equal('none');
  });
});
