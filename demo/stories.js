// The demo's stories: one entry per state of each element. Markup is our own, static HTML.
// Used by demo/index.html and by test/elements/demo.test.ts, which renders every story.

const TIV = '/demo/data/tiv-russia-china.csv';
const MILEX = '/demo/data/milex-china-russia.csv';
const SELECTED = '/demo/data/milex-selected-countries.csv';
const WTI = '/demo/data/wti-daily-spot-price.csv';
const SIPRI_ARMS = 'source="Source: SIPRI Arms Transfers Database" source-href="https://www.sipri.org/databases/armstransfers"';
const SIPRI_MILEX = 'source="Source: SIPRI Military Expenditure Database 2021" source-href="https://www.sipri.org/databases/milex"';
const CHINA_RUSSIA = `series='[{"key":"china","label":"China"},{"key":"russia","label":"Russia"}]'`;

/** @type {{id: string, element: 'tiv-trend' | 'spend-compare', title: string, width?: number, wrap?: string, media?: object, html: string}[]} */
export const stories = [
  {
    id: 'trend-default',
    element: 'tiv-trend',
    title: 'Columns (default)',
    html: `<tiv-trend src="${TIV}" heading="Russia's arms deliveries to China" subheading="Trend-indicator values (TIV), millions" unit="mn" unit-label="million TIV" ${SIPRI_ARMS}></tiv-trend>`,
  },
  {
    id: 'trend-line',
    element: 'tiv-trend',
    title: 'Line',
    html: `<tiv-trend src="${TIV}" mark="line" heading="Russia's arms deliveries to China" subheading="TIV, millions" unit="mn" ${SIPRI_ARMS}></tiv-trend>`,
  },
  {
    id: 'trend-dates',
    element: 'tiv-trend',
    title: 'Line of daily dates (10,226 points)',
    html: `<tiv-trend src="${WTI}" mark="line" x-key="date" prefix="$" unit-label="US dollars per barrel" heading="For one day in April 2020, a barrel of oil cost less than nothing" subheading="WTI crude oil spot price, US dollars per barrel, each trading day" annotations='[{"date":"2008-07-03","label":"2008 peak"},{"date":"2020-04-20","label":"−$36.98"}]' source="Source: U.S. Energy Information Administration"></tiv-trend>`,
  },
  {
    id: 'trend-area',
    element: 'tiv-trend',
    title: 'Area',
    html: `<tiv-trend src="${TIV}" mark="area" heading="Russia's arms deliveries to China" subheading="TIV, millions" unit="mn" ${SIPRI_ARMS}></tiv-trend>`,
  },
  {
    id: 'trend-negative',
    element: 'tiv-trend',
    title: 'Columns with negative values',
    html: `<tiv-trend heading="Change in arms imports, Country E" subheading="Per cent, invented figures" unit="%" source="Test data" data='[{"year":2019,"value":4},{"year":2020,"value":-18},{"year":2021,"value":7},{"year":2022,"value":-3}]'></tiv-trend>`,
  },
  {
    id: 'trend-annotations',
    element: 'tiv-trend',
    title: 'Annotations',
    html: `<tiv-trend src="${TIV}" heading="Deliveries fell after the mid-2000s" subheading="TIV, millions" unit="mn" ${SIPRI_ARMS} annotations='[{"from":2002,"to":2006,"label":"Peak years"},{"year":2014,"label":"Crimea annexed"}]'></tiv-trend>`,
  },
  {
    id: 'trend-highlight',
    element: 'tiv-trend',
    title: 'Highlight',
    html: `<tiv-trend src="${TIV}" highlight="max last" heading="The 2005 peak and the latest year" subheading="TIV, millions" unit="mn" ${SIPRI_ARMS}></tiv-trend>`,
  },
  {
    id: 'trend-gaps',
    element: 'tiv-trend',
    title: 'Gaps',
    html: `<tiv-trend mark="line" heading="A series with missing years" subheading="Invented figures" unit="mn" source="Test data" data='[[2014,800],[2015,900],[2016,null],[2017,1100],[2018,null],[2019,1300],[2020,1430]]'></tiv-trend>`,
  },
  {
    id: 'trend-empty',
    element: 'tiv-trend',
    title: 'Empty',
    html: `<tiv-trend heading="Arms imports, Country A" subheading="TIV, millions" source="Test data" data="[]"></tiv-trend>`,
  },
  {
    id: 'trend-error',
    element: 'tiv-trend',
    title: 'Error',
    html: `<tiv-trend heading="A web page instead of a data file" subheading="TIV, millions" source="Test data" src="/demo/article.html"></tiv-trend>`,
  },
  {
    id: 'trend-dark',
    element: 'tiv-trend',
    title: 'Dark theme',
    html: `<tiv-trend theme="dark" src="${TIV}" heading="Russia's arms deliveries to China" subheading="TIV, millions" unit="mn" highlight="max" ${SIPRI_ARMS}></tiv-trend>`,
  },
  {
    id: 'trend-forced-colors',
    element: 'tiv-trend',
    title: 'Forced colours',
    media: {'forced-colors': 'active'},
    html: `<tiv-trend src="${TIV}" highlight="max" heading="Forced colours: emulate them in DevTools (Rendering, forced-colors)" subheading="TIV, millions" unit="mn" ${SIPRI_ARMS}></tiv-trend>`,
  },
  {
    id: 'trend-phone',
    element: 'tiv-trend',
    title: 'Phone width (320 px)',
    width: 320,
    html: `<tiv-trend src="${TIV}" heading="Russia's arms deliveries to China" subheading="TIV, millions" unit="mn" ${SIPRI_ARMS}></tiv-trend>`,
  },
  {
    id: 'trend-locale',
    element: 'tiv-trend',
    title: 'Another locale (de-DE)',
    html: `<tiv-trend locale="de-DE" mark="line" src="${TIV}" heading="Russische Rüstungslieferungen an China" subheading="TIV, Millionen" unit="Mio." ${SIPRI_ARMS}></tiv-trend>`,
  },
  {
    id: 'trend-rtl',
    element: 'tiv-trend',
    title: 'Right-to-left page',
    wrap: 'dir="rtl" lang="ar"',
    html: `<tiv-trend src="${TIV}" heading="صادرات الأسلحة الروسية إلى الصين" subheading="مؤشر الاتجاه، بالملايين" unit="مليون" source="المصدر: معهد ستوكهولم الدولي لأبحاث السلام"></tiv-trend>`,
  },
  {
    id: 'compare-default',
    element: 'spend-compare',
    title: 'Two lines and the ratio (default)',
    html: `<spend-compare src="${MILEX}" ${CHINA_RUSSIA} ratio-year="2020" heading="China outspends Russia almost fourfold" subheading="Military expenditure, US$ billions at constant 2019 prices" prefix="$" unit="bn" ${SIPRI_MILEX}></spend-compare>`,
  },
  {
    id: 'compare-bar',
    element: 'spend-compare',
    title: 'Bars',
    html: `<spend-compare mark="bar" src="${MILEX}" ${CHINA_RUSSIA} heading="Spending year by year" subheading="US$ billions, constant 2019 prices" prefix="$" unit="bn" ${SIPRI_MILEX}></spend-compare>`,
  },
  {
    id: 'compare-year',
    element: 'spend-compare',
    title: 'One year',
    html: `<spend-compare mark="bar" year="2020" src="${MILEX}" ${CHINA_RUSSIA} heading="Spending in 2020" subheading="US$ billions, constant 2019 prices" prefix="$" unit="bn" ${SIPRI_MILEX}></spend-compare>`,
  },
  {
    id: 'compare-negative',
    element: 'spend-compare',
    title: 'Bars with negative values',
    html: `<spend-compare mark="bar" unit="%" ratio="none" heading="Change in spending, Country A and Country B" subheading="Per cent, invented figures" source="Test data" series='[{"key":"a","label":"Country A"},{"key":"b","label":"Country B"}]' data='[{"year":2021,"a":6,"b":-15},{"year":2022,"a":-4,"b":9}]'></spend-compare>`,
  },
  {
    id: 'compare-stacked',
    element: 'spend-compare',
    title: 'Stacked columns',
    html: `<spend-compare mark="stacked" src="${MILEX}" ${CHINA_RUSSIA} heading="Together, China and Russia spend more each year" subheading="US$ billions, constant 2019 prices" prefix="$" unit="bn" ${SIPRI_MILEX}></spend-compare>`,
  },
  {
    id: 'compare-stacked-negative',
    element: 'spend-compare',
    title: 'Stacked columns with negative values',
    html: `<spend-compare mark="stacked" unit="%" ratio="none" heading="Change in spending, Country A and Country B" subheading="Percentage points, invented figures" source="Test data" series='[{"key":"a","label":"Country A"},{"key":"b","label":"Country B"}]' data='[{"year":2021,"a":6,"b":-15},{"year":2022,"a":-4,"b":9},{"year":2023,"a":5,"b":3}]'></spend-compare>`,
  },
  {
    id: 'compare-many',
    element: 'spend-compare',
    title: 'Many series',
    html: `<spend-compare src="${SELECTED}" ratio="none" series='[{"key":"usa","label":"United States"},{"key":"china","label":"China"},{"key":"russia","label":"Russia"},{"key":"india","label":"India"},{"key":"uk","label":"United Kingdom"},{"key":"france","label":"France"},{"key":"germany","label":"Germany"},{"key":"japan","label":"Japan"}]' heading="Eight big spenders since 1949" subheading="US$ billions, constant 2019 prices" prefix="$" unit="bn" ${SIPRI_MILEX}></spend-compare>`,
  },
  {
    id: 'compare-gaps',
    element: 'spend-compare',
    title: 'Gaps and different ranges',
    html: `<spend-compare src="${SELECTED}" series='[{"key":"ussr","label":"USSR"},{"key":"russia","label":"Russia"},{"key":"china","label":"China"}]' ratio="china/russia" heading="The USSR, then Russia, and China" subheading="US$ billions, constant 2019 prices" prefix="$" unit="bn" ${SIPRI_MILEX}></spend-compare>`,
  },
  {
    id: 'compare-annotations',
    element: 'spend-compare',
    title: 'Annotations and highlight',
    html: `<spend-compare src="${MILEX}" ${CHINA_RUSSIA} highlight="2020" annotations='[{"year":2014,"label":"Crimea annexed"}]' heading="Two decades of diverging budgets" subheading="US$ billions, constant 2019 prices" prefix="$" unit="bn" ${SIPRI_MILEX}></spend-compare>`,
  },
  {
    id: 'compare-empty',
    element: 'spend-compare',
    title: 'Empty',
    html: `<spend-compare heading="Military spending" source="Test data" data="[]"></spend-compare>`,
  },
  {
    id: 'compare-error',
    element: 'spend-compare',
    title: 'Error in the ratio',
    html: `<spend-compare src="${MILEX}" ratio="china/india" heading="A ratio naming a missing series" subheading="US$ billions" prefix="$" unit="bn" ${SIPRI_MILEX}></spend-compare>`,
  },
  {
    id: 'compare-dark',
    element: 'spend-compare',
    title: 'Dark theme',
    html: `<spend-compare theme="dark" src="${MILEX}" ${CHINA_RUSSIA} heading="China outspends Russia almost fourfold" subheading="US$ billions, constant 2019 prices" prefix="$" unit="bn" ${SIPRI_MILEX}></spend-compare>`,
  },
  {
    id: 'compare-forced-colors',
    element: 'spend-compare',
    title: 'Forced colours',
    media: {'forced-colors': 'active'},
    html: `<spend-compare src="${MILEX}" ${CHINA_RUSSIA} heading="Forced colours: lines told apart by dashes and labels" subheading="US$ billions" prefix="$" unit="bn" ${SIPRI_MILEX}></spend-compare>`,
  },
  {
    id: 'compare-phone',
    element: 'spend-compare',
    title: 'Phone width (320 px)',
    width: 320,
    html: `<spend-compare src="${MILEX}" ${CHINA_RUSSIA} heading="China outspends Russia almost fourfold" subheading="US$ billions, constant 2019 prices" prefix="$" unit="bn" ${SIPRI_MILEX}></spend-compare>`,
  },
  {
    id: 'compare-locale',
    element: 'spend-compare',
    title: 'Another locale (de-DE)',
    html: `<spend-compare locale="de-DE" src="${MILEX}" series='[{"key":"china","label":"China"},{"key":"russia","label":"Russland"}]' heading="China gibt fast viermal so viel aus wie Russland" subheading="Militärausgaben, Milliarden US-Dollar zu Preisen von 2019" prefix="$" unit="Mrd." ${SIPRI_MILEX}></spend-compare>`,
  },
  {
    id: 'compare-rtl',
    element: 'spend-compare',
    title: 'Right-to-left page',
    wrap: 'dir="rtl" lang="ar"',
    html: `<spend-compare src="${MILEX}" series='[{"key":"china","label":"الصين"},{"key":"russia","label":"روسيا"}]' heading="الإنفاق العسكري: الصين وروسيا" subheading="بمليارات الدولارات" unit="مليار" source="المصدر: معهد ستوكهولم الدولي لأبحاث السلام"></spend-compare>`,
  },
];
