// Type tests, checked by `npm run typecheck` (tsconfig.examples.json) and never run: what the
// element types accept in React 19 JSX and Vue's GlobalComponents, and what they refuse. Each
// `@ts-expect-error` fails the type-check if the line after it compiles.
import type {GlobalComponents} from 'vue';
import type {} from 'tiv-charts/react';
import type {} from 'tiv-charts/vue';

interface Row {
  year: number;
  value: number | null;
}
const rows: Row[] = [{year: 2001, value: 2890}];

export const accepted = (
  <>
    <tiv-trend
      mark="line"
      data={rows}
      annotations={[{year: 2014, label: 'Crimea annexed'}, {from: 2008, to: 2009, label: 'Crisis'}]}
      highlight="max"
      theme="dark"
      curve="monotone"
      yScale="log"
      y-scale="log"
      heading-level={2}
      show-summary
      prefix="$"
      series-label="Arms exports"
      downloads="csv svg png"
      onchart-error={(event) => event.detail.code}
      onchart-render={(event) => event.detail.marks}
    />
    <spend-compare mark="stacked" labels="legend" series={[{key: 'china', label: 'China', color: '#c00'}]} data={[[2020, 244.9, 66.8]]} ratio-year={2020} />
  </>
);

// @ts-expect-error: 'pie' is not a mark of <tiv-trend>
export const pie = <tiv-trend mark="pie" />;
// @ts-expect-error: data is an array of rows, not a JSON string (that is the attribute)
export const text = <tiv-trend data='[[2001, 2890]]' />;
// @ts-expect-error: 'bar' is a mark of <spend-compare>, not of <tiv-trend>
export const bar = <tiv-trend mark="bar" />;
// @ts-expect-error: a theme is light, dark or auto
export const sepia = <spend-compare theme="sepia" />;
// @ts-expect-error: a series names its key
export const unnamed = <spend-compare series={[{label: 'China'}]} />;
// @ts-expect-error: curve is linear, monotone or step
export const wiggly = <tiv-trend y-scale="linear" curve="wiggly" />;
// @ts-expect-error: downloads are csv, svg and png
export const pdf = <tiv-trend downloads="csv pdf" />;

type TrendProps = InstanceType<GlobalComponents['tiv-trend']>['$props'];
type CompareProps = InstanceType<GlobalComponents['spend-compare']>['$props'];
export const vueAccepted: [TrendProps, CompareProps] = [
  {mark: 'area', data: rows, yScale: 'log', onChartError: (event) => event.detail.message},
  {mark: 'bar', labels: 'direct', series: [{key: 'a'}], downloads: 'svg png', onChartRender: (event) => event.detail.warnings},
];
// @ts-expect-error: downloads are csv, svg and png
export const vuePdf: CompareProps = {downloads: 'pdf'};
// @ts-expect-error: 'pie' is not a mark of <tiv-trend>
export const vuePie: TrendProps = {mark: 'pie'};
// @ts-expect-error: data is an array of rows
export const vueText: TrendProps = {data: '[[2001, 2890]]'};
// @ts-expect-error: labels are auto, direct or legend
export const vueLabels: CompareProps = {labels: 'beside'};

// `state` and `error` are read-only: the chart says them, nobody sets them.
export const readState: 'loading' | 'empty' | 'ready' | 'error' | undefined = document.createElement('tiv-trend').state;
export const readError: string | undefined = document.createElement('spend-compare').error?.code;
// @ts-expect-error: state is what the chart shows, not an input
export const setState = <tiv-trend state="ready" />;
// @ts-expect-error: error is what the chart reports, not an input
export const vueError: CompareProps = {error: {code: 'x', message: 'y'}};
