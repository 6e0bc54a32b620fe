/**
 * The browser engine a test runs in, and the facilities of its driver that not every engine
 * has. A test that needs one is declared with {@link itNeeds} (or {@link describeNeeds}): it
 * runs where the facility exists and is skipped elsewhere with the reason in its title, which
 * the run's report counts and prints (scripts/browsers/skip-report.mjs). Nothing passes silently.
 */
import {executeServerCommand} from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;
/** The engine running this page: Chromium, Firefox (Gecko) or WebKit. */
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrome\//.test(ua) ? 'chromium' : 'webkit';

/** Whether a canvas measures a text in Arial (Liberation Sans on Linux) with a fraction of a px. */
function fractionalTextWidths(): boolean {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return false;
  context.font = '600 13px Arial';
  return !Number.isInteger(context.measureText('Russia').width);
}

/** Whether a box's scrollbar takes width (a classic scrollbar, styled with ::-webkit-scrollbar where the engine reads it). */
function classicScrollbars(): boolean {
  const style = document.createElement('style');
  style.textContent = '.tiv-scrollbar-probe::-webkit-scrollbar { width: 15px; }';
  const box = document.createElement('div');
  box.className = 'tiv-scrollbar-probe';
  box.style.cssText = 'position: absolute; visibility: hidden; width: 100px; height: 50px; overflow-y: scroll';
  document.head.append(style);
  document.documentElement.append(box);
  const width = box.offsetWidth - box.clientWidth;
  box.remove();
  style.remove();
  return width > 0;
}

/** What each facility needs, and whether this page has it (undefined) or why not (a reason). */
const facilities = {
  /** `emulate-media-features`: prefers-color-scheme, forced-colors, reduced motion, print media. */
  'media-emulation': engine === 'chromium' ? undefined : 'media-feature emulation needs the DevTools protocol (Chromium only)',
  /** `visual-diff`: pictures against baselines made in Chromium (other engines draw text with other pixels). */
  'visual-baselines': engine === 'chromium' ? undefined : 'the baselines are pictures drawn by Chromium; other engines draw text with other pixels',
  /** `ax-tree`: the browser's accessibility tree. */
  'accessibility-tree': engine === 'chromium' ? undefined : 'the accessibility tree is read over the DevTools protocol (Chromium only)',
  /** `touch`: real touch events (Input.dispatchTouchEvent). */
  'touch-events': engine === 'chromium' ? undefined : 'real touch events are sent over the DevTools protocol (Chromium only)',
  /** `emulate-timezone`: DevTools in Chromium, WebDriver BiDi in Firefox. */
  'timezone-emulation': engine === 'webkit' ? 'WebDriver classic (WebKit) has no time-zone emulation' : undefined,
  /** `setViewport` below 450 px wide: WebKitGTK's MiniBrowser window has a toolbar at least 447 px wide. */
  'narrow-viewport': engine === 'webkit' ? "WebKitGTK's MiniBrowser window (its toolbar) is at least 447 px wide" : undefined,
  /** `window.gc()`: Chromium started with --js-flags=--expose-gc. */
  gc: typeof (window as {gc?: unknown}).gc === 'function' ? undefined : 'window.gc() exists only in Chromium started with --expose-gc',
  /** Scrollbars that take width from what they scroll (classic ones, not overlays). */
  'classic-scrollbars': classicScrollbars()
    ? undefined
    : 'scrollbars here take no width (Puppeteer starts headless Chromium with --hide-scrollbars; without it, this test passes in Chromium too)',
  /** `performance.memory`: Chromium's heap size. */
  'performance-memory': 'memory' in performance ? undefined : 'performance.memory exists only in Chromium',
  /** Text widths in fractions of a px (unhinted glyph advances), as the server's font metrics give them. */
  'fractional-text-widths': fractionalTextWidths()
    ? undefined
    : "this engine rounds glyph advances to whole px (WebKitGTK's hinted fonts: 'Russia' in 600 13px Arial is 42 px wide, not 42.63), so labels and the frame beside them differ from the server's unhinted metrics by up to 2 px",
} satisfies Record<string, string | undefined>;

export type Facility = keyof typeof facilities;

/** Why this engine cannot run a test that needs these facilities, or undefined when it can. */
export const missing = (...needed: Facility[]): string | undefined =>
  needed
    .map((f) => facilities[f])
    .filter(Boolean)
    .join('; ') || undefined;

const skippedTitle = (title: string, reason: string) => `${title} [skipped in ${engine}: ${reason}]`;

/** `it` where this engine has every facility named; elsewhere a skipped test whose title states why. */
export function itNeeds(...needed: Facility[]) {
  const reason = missing(...needed);
  return (title: string, fn: (this: Mocha.Context) => unknown) => (reason ? it.skip(skippedTitle(title, reason), fn) : it(title, fn));
}

/** `describe` where this engine has every facility named; elsewhere its tests are skipped, saying why. */
export function describeNeeds(...needed: Facility[]) {
  const reason = missing(...needed);
  return (title: string, fn: (this: Mocha.Suite) => void) => (reason ? describe.skip(skippedTitle(title, reason), fn) : describe(title, fn));
}

/** Presses `key` with `modifiers` held (Shift+Tab), in every engine (WebDriver classic included). */
export const pressWith = (modifiers: ('Shift' | 'Control' | 'Alt' | 'Meta')[], key: string) =>
  executeServerCommand('press-with-modifiers', {modifiers, press: key});

/**
 * Emulates media features (`prefers-color-scheme`, `forced-colors`…) and the media type, over the
 * DevTools protocol: Chromium only (declare the test with `itNeeds('media-emulation')`).
 * Resetting to none is nothing to do where none can be set, so an `afterEach` may call it anywhere.
 */
export async function emulateMedia(features: {name: string; value: string}[], media = '') {
  if (!features.length && !media && missing('media-emulation')) return;
  await executeServerCommand('emulate-media-features', {features, media});
}

/**
 * Sets the page's time zone (an IANA id; '' restores the system's): Chromium over the DevTools
 * protocol, Firefox over WebDriver BiDi (declare the test with `itNeeds('timezone-emulation')`).
 * Restoring is nothing to do where no zone can be set.
 */
export async function emulateTimezone(timezoneId: string) {
  if (!timezoneId && missing('timezone-emulation')) return;
  await executeServerCommand('emulate-timezone', {timezoneId});
}

/**
 * Sets the page's viewport in CSS px, in every engine (use it instead of @web/test-runner-commands'
 * `setViewport`, which has no WebDriver way: WebKit).
 */
export const setViewport = (viewport: {width: number; height: number}) => executeServerCommand('viewport', viewport);
