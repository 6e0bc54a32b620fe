// The article's two charts: the element and its attributes. `src` is read at build time (a file
// path or an http(s) URL); the page carries the data, so the reader's browser fetches nothing.
import {fileURLToPath} from 'node:url';

/** A data file of the repository's tests: SIPRI's figures (see the main README, "Data sources"). */
const data = (name) => fileURLToPath(new URL(`../../../test/fixtures/${name}`, import.meta.url));

export default {
  deliveries: {
    tag: 'tiv-trend',
    attributes: {
      src: data('tiv-russia-china.csv'),
      heading: "Russia's arms deliveries to China peaked in 2005",
      subheading: 'Trend-indicator values (TIV), millions',
      'heading-level': 2,
      unit: 'mn',
      'unit-label': 'million TIV',
      highlight: 'max',
      annotations: JSON.stringify([{from: 2002, to: 2006, label: 'Peak years'}]),
      source: 'Source: SIPRI Arms Transfers Database, TIV table generated 22 April 2022',
      'source-href': 'https://www.sipri.org/databases/armstransfers',
    },
  },
  spending: {
    tag: 'spend-compare',
    attributes: {
      src: data('milex-china-russia.csv'),
      series: JSON.stringify([
        {key: 'china', label: 'China'},
        {key: 'russia', label: 'Russia'},
      ]),
      ratio: 'china/russia',
      'ratio-year': 2020,
      heading: 'China now spends almost four times as much as Russia',
      subheading: 'Military expenditure, US$ billions at constant 2019 prices',
      'heading-level': 2,
      prefix: '$',
      unit: 'bn',
      source: 'Source: SIPRI Military Expenditure Database 2021',
      'source-href': 'https://www.sipri.org/databases/milex',
    },
  },
};
