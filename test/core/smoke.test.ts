import {expect} from '@open-wc/testing';
import {normalizeData} from '../../src/core/index.js';

describe('normalizeData', () => {
  it('sorts by year', () => {
    const n = normalizeData([{year: 2002, value: 1}, {year: 2001, value: 2}]);
    expect(n.series[0].data.map((d) => d.x)).to.deep.equal([2001, 2002]);
  });
});
