import {namesDay, type Messages} from '../core/messages.js';

/** "im Jahr 2008", "im Juli 2008", "am 3. Juli 2008". */
const wann = (when: string) => (namesDay(when) ? `am ${when}` : /\p{L}/u.test(when) ? `im ${when}` : `im Jahr ${when}`);
/** {@link wann} opening a sentence: "Im Jahr 2008", "Am 3. Juli 2008". */
const wannAmAnfang = (when: string) => wann(when).replace(/^./, (c) => c.toUpperCase());

/**
 * German words for the charts. Not in the bundles; register them once:
 * `registerMessages('de', de)` (from `tiv-charts`, or `TivCharts.registerMessages` with the script
 * tag). Charts whose `locale` or nearest `lang` is `de` (`de-DE`, `de-AT` …) then speak German.
 */
export const de: Messages = {
  times: (n) => `${n}-mal`,
  lessThan: (n) => `weniger als ${n}`,
  moreThan: (n) => `mehr als ${n}`,
  lang: 'de',
  ratioCaption: (a, b, year) => `${a} im Verhältnis zu ${b}, ${year}`,
  range: (first, last) => `${first} bis ${last}.`,
  extremes: (max, maxYear, min, minYear) => `Höchster Wert: ${max} ${wann(maxYear)}. Niedrigster Wert: ${min} ${wann(minYear)}.`,
  latest: (year, value, trend, first, firstYear) => `Zuletzt, ${year}: ${value}, ${trend} gegenüber ${first} ${wann(firstYear)}.`,
  trend: (d, p) => (d === 'unchanged' ? 'unverändert' : `${p ? `${p} Prozent ` : ''}${d === 'up' ? 'mehr' : 'weniger'}`),
  oneValue: (value, year, capital) => `${capital ? 'Ein' : 'ein'} Wert, ${value} ${wann(year)}.`,
  noDataFor: (n, dates) => `Keine Daten für ${n.toLocaleString('de')} ${dates ? (n === 1 ? 'Zeitpunkt' : 'Zeitpunkte') : n === 1 ? 'Jahr' : 'Jahre'}.`,
  seriesNoData: 'keine Daten.',
  noteAt: (year, label) => `Hinweis zu ${year}: ${label}.`,
  noteFor: (from, to, label) => `Hinweis für ${from} bis ${to}: ${label}.`,
  ratio: (year, a, times, b) => `${wannAmAnfang(year)} war der Wert von ${a} ${times}-mal so hoch wie der von ${b}.`,
  largestShare: (year, series, percent, total) => `${wannAmAnfang(year)} hatte ${series} den größten Anteil: ${percent} Prozent der Summe von ${total}.`,
  total: 'Summe',
  noData: 'Keine Daten vorhanden.',
  noDataCell: 'keine Daten',
  loading: 'Daten werden geladen…',
  couldNotDraw: (m) => `Das Diagramm konnte nicht gezeichnet werden: ${m}`,
  showData: 'Daten zeigen',
  hideData: 'Daten ausblenden',
  downloadCsv: 'CSV herunterladen',
  downloadSvg: 'SVG herunterladen',
  downloadPng: 'PNG herunterladen',
  downloadFailed: (format, reason) => `Der ${format}-Download ist fehlgeschlagen: ${reason}`,
  chartData: 'Diagrammdaten',
  keyHelp: (several) =>
    `Mit den Pfeiltasten links und rechts zwischen Punkten wechseln${several ? ', mit oben und unten zwischen Reihen' : ''}, mit Bild auf und Bild ab um ein Zehntel springen, Pos1 und Ende für den ersten und letzten, Escape zum Beenden.`,
  tableCut: (shown, total) => `Die ersten ${shown} von ${total} Zeilen werden gezeigt; der CSV-Download enthält alle.`,
  point: (year, value, series) => (series ? `${year}, ${series}: ${value}` : `${year}: ${value}`),
  year: 'Jahr',
  value: 'Wert',
};

