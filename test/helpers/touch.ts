/**
 * Real touch events: Chromium's `Input.dispatchTouchEvent` through the DevTools protocol (the
 * `touch` test command), so the browser makes the pointer events, the implicit pointer capture and
 * the page's scrolling itself. Chromium only: declare the tests with `describeNeeds('touch-events')`.
 */
import {executeServerCommand} from '@web/test-runner-commands';

export type TouchType = 'touchStart' | 'touchMove' | 'touchEnd';

/** One touch event at (`x`, `y`) in viewport px (none for `touchEnd`). */
export const touch = (type: TouchType, x = 0, y = 0) => executeServerCommand('touch', {type, points: type === 'touchEnd' ? [] : [{x, y}]});

/** A tap at (`x`, `y`) in viewport px: a finger down and up. */
export async function tap(x: number, y: number) {
  await touch('touchStart', x, y);
  await touch('touchEnd');
}
