/**
 * Words the charts say, per language: the generated summary, the controls and the messages.
 * English is built in and the fallback; other languages are added with {@link registerMessages},
 * e.g. German from `tiv-charts/messages/de.js` (not in the bundles: a page loads the languages it uses).
 * Values passed in are already formatted for the locale (numbers in words or digits, years). On a
 * date axis the "years" are dates ("July 3, 2008") or months ("July 2008"): {@link namesDay} tells
 * a day from a year or month, for the preposition ("on" or "in").
 */
export interface Messages {
  range(first: string, last: string): string;
  extremes(max: string, maxYear: string, min: string, minYear: string): string;
  latest(year: string, value: string, trend: string, first: string, firstYear: string): string;
  trend(direction: 'up' | 'down' | 'unchanged', percent?: string): string;
  oneValue(value: string, year: string, capital: boolean): string;
  /** `n` x values without a value: years, or `dates` on a date axis. */
  noDataFor(n: number, dates?: boolean): string;
  seriesNoData: string;
  noteAt(year: string, label: string): string;
  noteFor(from: string, to: string, label: string): string;
  ratio(year: string, a: string, times: string, b: string): string;
  ratioCaption(a: string, b: string, year: string): string;
  times(n: string): string;
  /** A bound in words, "less than 0.1" (a ratio too small to show at one decimal); `n` formatted. */
  lessThan(n: string): string;
  /** "more than −0.1" (a negative ratio too close to 0 to show at one decimal). */
  moreThan(n: string): string;
  /** Stacked columns: the series with the largest share of the total in `year`, `percent` of `total`. */
  largestShare(year: string, series: string, percent: string, total: string): string;
  /** The tooltip's line of the sum of a stacked column's values. */
  total: string;
  /** The language these messages are in (a BCP 47 primary tag). */
  lang: string;
  noData: string;
  noDataCell: string;
  loading: string;
  couldNotDraw(message: string): string;
  showData: string;
  hideData: string;
  downloadCsv: string;
  downloadSvg: string;
  downloadPng: string;
  /** Why a download (`format`: "SVG", "PNG") could not be made; `reason` is English, from the browser or the library. */
  downloadFailed(format: string, reason: string): string;
  chartData: string;
  keyHelp(several: boolean): string;
  /** Under a table cut short: the rows shown and all rows, formatted. */
  tableCut(shown: string, total: string): string;
  point(year: string, value: string, series?: string): string;
  year: string;
  value: string;
}

/** A spoken x value that names a month and a day ("July 3, 2008", "3 July 2008"): a day, not a year or month. */
export const namesDay = (when: string) => /\p{L}/u.test(when) && /\d\D+\d/.test(when);
/** "in 2008", "in July 2008", but "on July 3, 2008". */
const at = (when: string) => `${namesDay(when) ? 'on' : 'in'} ${when}`;
/** "In 2008", "On July 3, 2008": {@link at} opening a sentence. */
const atStart = (when: string) => `${namesDay(when) ? 'On' : 'In'} ${when}`;

/** English, in the order of {@link Messages}. */
const en: Messages = {
  range: (first, last) => `${first} to ${last}.`,
  extremes: (max, maxYear, min, minYear) => `Highest: ${max} ${at(maxYear)}. Lowest: ${min} ${at(minYear)}.`,
  latest: (year, value, trend, first, firstYear) => `Latest, ${year}: ${value}, ${trend} from ${first} ${at(firstYear)}.`,
  trend: (direction, percent) => (direction === 'unchanged' ? 'unchanged' : `${direction}${percent ? ` ${percent} per cent` : ''}`),
  oneValue: (value, year, capital) => `${capital ? 'One' : 'one'} value, ${value} ${at(year)}.`,
  noDataFor: (n, dates) => `No data for ${n.toLocaleString('en')} ${dates ? 'date' : 'year'}${n === 1 ? '' : 's'}.`,
  seriesNoData: 'no data.',
  noteAt: (year, label) => `Note at ${year}: ${label}.`,
  noteFor: (from, to, label) => `Note for ${from} to ${to}: ${label}.`,
  ratio: (year, a, times, b) => `${atStart(year)}, ${a}'s value was ${times} times ${b}'s.`,
  ratioCaption: (a, b, year) => `${a} to ${b}, ${year}`,
  times: (n) => `${n} times`,
  lessThan: (n) => `less than ${n}`,
  moreThan: (n) => `more than ${n}`,
  largestShare: (year, series, percent, total) => `${atStart(year)}, ${series} made up the largest share: ${percent} per cent of the total of ${total}.`,
  total: 'Total',
  lang: 'en',
  noData: 'No data to show.',
  noDataCell: 'no data',
  loading: 'Loading data…',
  couldNotDraw: (message) => `The chart could not be drawn: ${message}`,
  showData: 'Show data',
  hideData: 'Hide data',
  downloadCsv: 'Download CSV',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  downloadFailed: (format, reason) => `The ${format} download could not be made: ${reason}`,
  chartData: 'Chart data',
  keyHelp: (several) =>
    `Use the left and right arrow keys to move between points${several ? ', up and down to change series' : ''}, Page Up and Page Down to jump a tenth of them, Home and End for the first and last, Escape to stop.`,
  tableCut: (shown, total) => `The first ${shown} of ${total} rows are shown; the CSV download has them all.`,
  point: (year, value, series) => (series ? `${year}, ${series}: ${value}` : `${year}: ${value}`),
  year: 'Year',
  value: 'Value',
};

/** The messages of each language, by primary tag (`en`, `de`). */
const catalogue: Record<string, Messages> = {en};

/**
 * Adds or replaces the words for a language (a BCP 47 primary tag such as `fr`); entries left out
 * stay English. From a script tag: `TivCharts.registerMessages('fr', {...})`.
 */
export function registerMessages(lang: string, messages: Partial<Messages>): void {
  const key = lang.toLowerCase().split('-')[0];
  catalogue[key] = {...en, ...catalogue[key], ...messages, lang: key};
}

/** The messages for a BCP 47 locale's language, falling back to English. */
export function messagesFor(locale: string | undefined): Messages {
  const language = (locale ?? 'en').toLowerCase().split('-')[0];
  return catalogue[language] ?? en;
}
