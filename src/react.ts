/**
 * JSX types for React 19, which passes properties to custom elements and listens to their
 * events: `import type {} from 'tiv-charts/react';` once in an app makes `<tiv-trend>` and
 * `<spend-compare>` type-check, with `data` as an array and `onchart-error` / `onchart-render`
 * handlers. Types only; importing it at run time does nothing.
 * @module
 */
import type {TivTrend} from './elements/tiv-trend.element.js';
import type {SpendCompare} from './elements/spend-compare.element.js';
import type {ChartErrorDetail, ChartRenderDetail} from './elements/chart-element.js';
import type {HTMLAttributes, Key, Ref} from 'react';

/** The element's own properties, React's HTML attributes (id, lang, dir, title, onClick, …) and the chart events. */
type Attributes<E extends HTMLElement> = Partial<Omit<E, keyof HTMLElement | 'mark' | 'data' | 'annotations' | 'series'>> &
  Omit<HTMLAttributes<E>, 'prefix'> & {
  /** Text before each number, e.g. `$`. */
  prefix?: string;
  mark?: string;
  data?: unknown;
  annotations?: unknown;
  class?: string;
  key?: Key;
  ref?: Ref<E>;
  'onchart-error'?: (event: CustomEvent<ChartErrorDetail>) => void;
  'onchart-render'?: (event: CustomEvent<ChartRenderDetail>) => void;
};

/** Props of `<tiv-trend>` in JSX. */
export type TivTrendProps = Attributes<TivTrend>;
/** Props of `<spend-compare>` in JSX. */
export type SpendCompareProps = Attributes<SpendCompare> & {series?: unknown};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'tiv-trend': TivTrendProps;
      'spend-compare': SpendCompareProps;
    }
  }
}
