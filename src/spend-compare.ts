/**
 * Registers `<spend-compare>`. Importing this module has that one side effect.
 * @module
 */
import {SpendCompare} from './elements/spend-compare.element.js';
import {defineElement} from './elements/define.js';

export {SpendCompare};
export type {ChartErrorDetail, ChartRenderDetail} from './elements/chart-element.js';

defineElement('spend-compare', SpendCompare);

declare global {
  interface HTMLElementTagNameMap {
    'spend-compare': SpendCompare;
  }
}
