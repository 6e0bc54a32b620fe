/**
 * JSX types for React 19, which passes properties to custom elements and listens to their
 * events: `import type {} from 'tiv-charts/react';` once in an app makes `<tiv-trend>` and
 * `<spend-compare>` type-check with their real types (`mark` one of the element's marks, `data`
 * an array of rows, `annotations`, `series`, `theme`, `curve`, `y-scale`…, under the property's
 * name or the attribute's) and `onchart-error` / `onchart-render` handlers. Types only;
 * importing it at run time does nothing.
 * @module
 */
import type {HTMLAttributes, Key, Ref} from 'react';
import type {ChartErrorDetail, ChartRenderDetail} from './elements/events.js';
import type {ElementAttributes, ElementProperties} from './elements/framework-props.js';
import type {SpendCompare} from './elements/spend-compare.element.js';
import type {TivTrend} from './elements/tiv-trend.element.js';

/** The element's properties and attributes, React's HTML attributes (id, lang, dir, title, onClick, …) and the chart events. */
type Props<E extends TivTrend | SpendCompare> = ElementProperties<E> &
  ElementAttributes<E> &
  Omit<HTMLAttributes<E>, keyof ElementProperties<E>> & {
    class?: string;
    key?: Key;
    ref?: Ref<E>;
    /** `chart-error`: the data cannot be drawn. */
    'onchart-error'?: (event: CustomEvent<ChartErrorDetail>) => void;
    /** `chart-render`: after a drawing that changed. */
    'onchart-render'?: (event: CustomEvent<ChartRenderDetail>) => void;
  };

/** Props of `<tiv-trend>` in JSX. */
export type TivTrendProps = Props<TivTrend>;
/** Props of `<spend-compare>` in JSX. */
export type SpendCompareProps = Props<SpendCompare>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'tiv-trend': TivTrendProps;
      'spend-compare': SpendCompareProps;
    }
  }
}
