/**
 * Types for Vue 3 templates: `import type {} from 'tiv-charts/vue';` once in an app declares
 * `<tiv-trend>` and `<spend-compare>` in Vue's `GlobalComponents`, so that vue-tsc and Volar
 * check their props with their real types (`mark` one of the element's marks, `data` an array of
 * rows, `annotations`, `series`, `theme`, `curve`, `yScale`…) and `@chart-error` / `@chart-render`
 * handlers. Vue's compiler must still be told they are custom elements
 * (`compilerOptions.isCustomElement`). Types only; importing it at run time does nothing.
 * @module
 */
import type {DefineComponent} from 'vue';
import type {ChartErrorDetail, ChartRenderDetail} from './elements/events.js';
import type {ElementProperties} from './elements/framework-props.js';
import type {SpendCompare} from './elements/spend-compare.element.js';
import type {TivTrend} from './elements/tiv-trend.element.js';

/** The element's properties and the chart events, as Vue names their handlers. */
type Props<E extends TivTrend | SpendCompare> = ElementProperties<E> & {
  /** `chart-error` (`@chart-error`): the data cannot be drawn. */
  onChartError?: (event: CustomEvent<ChartErrorDetail>) => void;
  /** `chart-render` (`@chart-render`): after a drawing that changed. */
  onChartRender?: (event: CustomEvent<ChartRenderDetail>) => void;
};

/** Props of `<tiv-trend>` in Vue templates. */
export type TivTrendProps = Props<TivTrend>;
/** Props of `<spend-compare>` in Vue templates. */
export type SpendCompareProps = Props<SpendCompare>;

declare module 'vue' {
  interface GlobalComponents {
    'tiv-trend': DefineComponent<TivTrendProps>;
    'spend-compare': DefineComponent<SpendCompareProps>;
  }
}
