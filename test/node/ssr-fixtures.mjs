// The two charts of the demo article, read from the real SIPRI files in test/fixtures, for the
// server-rendering tests.
import {fileURLToPath} from 'node:url';

const fixture = (name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** The attributes of the demo article's two charts. */
export const TREND = {
  src: fixture('tiv-russia-china.csv'),
  heading: "Russia's arms deliveries to China peaked in 2005",
  subheading: 'Trend-indicator values (TIV), millions',
  unit: 'mn',
  highlight: 2005,
  annotations: JSON.stringify([{year: 2014, label: 'Crimea annexed'}]),
  source: 'Source: SIPRI Arms Transfers Database',
};
export const COMPARE = {
  src: fixture('milex-china-russia.csv'),
  series: JSON.stringify([{key: 'china', label: 'China'}, {key: 'russia', label: 'Russia'}]),
  ratio: 'china/russia',
  'ratio-year': 2020,
  heading: 'China now spends almost four times as much as Russia',
  prefix: '$',
  unit: 'bn',
  source: 'Source: SIPRI Military Expenditure Database 2021',
  'source-href': 'https://www.sipri.org/databases/milex',
};

