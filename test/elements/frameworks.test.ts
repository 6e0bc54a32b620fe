/**
 * The Vue example renders in the browser. (React 19 ships CommonJS only, which the test server
 * does not convert; examples/react is type-checked in `npm test` instead.)
 */
import {expect} from '@open-wc/testing';
import {$$, expectNoPageErrors, sleep} from '../helpers/chart.js';

// Vue's ES module build for bundlers reads process.env.NODE_ENV and its feature flags.
Object.assign(window, {process: {env: {NODE_ENV: 'production'}}, __VUE_OPTIONS_API__: true, __VUE_PROD_DEVTOOLS__: false, __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false});

describe('framework examples', () => {
  expectNoPageErrors(() => document.getElementById('app')?.remove());

  it('Vue 3 passes data as a property and listens to chart-error', async () => {
    const app = document.createElement('div');
    app.id = 'app';
    app.style.width = '600px';
    document.body.append(app);
    await import('../../examples/vue/main.js');
    let el: Element | null = null;
    for (let i = 0; i < 100 && !el?.shadowRoot?.querySelector('svg.chart'); i++) {
      await sleep(50);
      el = app.querySelector('spend-compare');
    }
    expect(Array.isArray((el as unknown as {data: unknown}).data), 'data set as a property').to.equal(true);
    expect($$(el!, 'path.line').length).to.equal(2);
    el!.setAttribute('data', 'not json');
    for (let i = 0; i < 40 && !app.querySelector('p[role="status"]'); i++) await sleep(50);
    expect(app.querySelector('p[role="status"]')!.textContent).to.match(/not valid JSON/);
  });
});
