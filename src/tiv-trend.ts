/**
 * Registers `<tiv-trend>`. Importing this module has that one side effect.
 * @module
 */
import {TivTrend} from './elements/tiv-trend.element.js';
import {defineElement} from './elements/define.js';

export {TivTrend};
export type {ChartErrorDetail, ChartRenderDetail} from './elements/chart-element.js';

defineElement('tiv-trend', TivTrend);

declare global {
  interface HTMLElementTagNameMap {
    'tiv-trend': TivTrend;
  }
}
