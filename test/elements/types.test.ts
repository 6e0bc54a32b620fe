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
    host.append(el);
    await new Promise((r) => setTimeout(r, 50));
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
