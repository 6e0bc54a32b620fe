// Test commands that need the browser driver, for every engine the suite runs in.
// Tests call them with `executeServerCommand(name, payload)`; a command this engine's driver
// cannot carry out throws a message that says so (the test should have been skipped: see
// test/helpers/engine.ts), so nothing passes silently.

/** @param {import('@web/test-runner').TestSession['browser']} launcher */
const engineOf = (launcher) => {
  const name = String(launcher.name).toLowerCase();
  if (name.includes('firefox')) return 'firefox';
  if (launcher.type === 'webdriver') return 'webkit';
  return 'chromium';
};

const unsupported = (command, engine, why) =>
  new Error(`${command} is not available in ${engine}: ${why}. Mark the test with itNeeds() from test/helpers/engine.ts.`);

/** WebDriver's key names for the modifiers a test can hold. */
const webdriverModifier = {Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D'};

/**
 * `emulate-media-features` (any media feature, forced-colors included, and the media type) and
 * `ax-tree` (the accessibility tree): Chromium only, over the DevTools protocol.
 * `touch` (a real touch event: `{type: 'touchStart' | 'touchMove' | 'touchEnd', points: [{x, y}]}`
 * in viewport px, through `Input.dispatchTouchEvent`): Chromium only, over the DevTools protocol.
 * `emulate-timezone`: Chromium (DevTools protocol) and Firefox (WebDriver BiDi).
 * `viewport` ({width, height} in CSS px): every engine (@web/test-runner-commands' setViewport has
 * no WebDriver way); in WebKit the window is sized so that the page's viewport has that size.
 * `press-with-modifiers` ({modifiers: ['Shift'], press: 'Tab'}): every engine; WebDriver classic
 * has no held keys in sendKeys, so WebKit gets one key action sequence.
 * One DevTools session per page, kept open: emulation set by a session ends when it detaches.
 */
export function engineCommands() {
  const cdpSessions = new Map();
  const cdp = async (page) => {
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    return cdpSessions.get(page);
  };
  return {
    name: 'engine-commands',
    async executeCommand({command, payload, session}) {
      const launcher = session.browser;
      const engine = engineOf(launcher);
      if (command === 'emulate-media-features') {
        if (engine !== 'chromium') throw unsupported(command, engine, 'media-feature emulation needs the DevTools protocol');
        const client = await cdp(launcher.getPage(session.id));
        await client.send('Emulation.setEmulatedMedia', {media: payload.media ?? '', features: payload.features ?? []});
        return true;
      }
      if (command === 'ax-tree') {
        if (engine !== 'chromium') throw unsupported(command, engine, 'the accessibility tree is read over the DevTools protocol');
        const page = launcher.getPage(session.id);
        await cdp(page);
        return page.accessibility.snapshot({interestingOnly: payload?.interestingOnly ?? true});
      }
      if (command === 'touch') {
        if (engine !== 'chromium') throw unsupported(command, engine, 'touch events are sent over the DevTools protocol');
        const client = await cdp(launcher.getPage(session.id));
        const touchPoints = (payload.points ?? []).map((p) => ({x: p.x, y: p.y, id: p.id ?? 0, radiusX: 6, radiusY: 6}));
        await client.send('Input.dispatchTouchEvent', {type: payload.type, touchPoints});
        return true;
      }
      if (command === 'emulate-timezone') {
        if (engine === 'webkit') throw unsupported(command, engine, 'WebDriver classic has no time-zone emulation');
        const page = launcher.getPage(session.id);
        if (engine === 'firefox') {
          // WebDriver BiDi (emulation.setTimezoneOverride); an empty id restores the system's zone.
          await page.emulateTimezone(payload.timezoneId || undefined);
          return true;
        }
        const client = await cdp(page);
        await client.send('Emulation.setTimezoneOverride', {timezoneId: payload.timezoneId});
        return true;
      }
      if (command === 'viewport') {
        const {width, height} = payload;
        if (launcher.type !== 'webdriver') {
          await launcher.getPage(session.id).setViewport({width, height});
          return true;
        }
        // The window holds more than the page (its frame): size it, then add what is missing.
        const {driver} = launcher;
        await driver.setWindowSize(width, height);
        const inner = await driver.execute(() => [window.innerWidth, window.innerHeight]);
        if (inner[0] !== width || inner[1] !== height) await driver.setWindowSize(2 * width - inner[0], 2 * height - inner[1]);
        const [w, h] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
        if (w !== width || h !== height) throw new Error(`viewport: asked for ${width} × ${height} px, the window gives ${w} × ${h} (MiniBrowser's toolbar sets its least width)`);
        return true;
      }
      if (command === 'press-with-modifiers') {
        const modifiers = payload.modifiers ?? [];
        if (launcher.type === 'webdriver') {
          const codes = modifiers.map((m) => webdriverModifier[m]);
          if (codes.includes(undefined)) throw new Error(`press-with-modifiers: unknown modifier in ${modifiers.join(', ')}`);
          await launcher.driver.performActions([
            {
              type: 'key',
              id: 'keyboard',
              actions: [
                ...codes.map((value) => ({type: 'keyDown', value})),
                {type: 'keyDown', value: webdriverKey(payload.press)},
                {type: 'keyUp', value: webdriverKey(payload.press)},
                ...codes.reverse().map((value) => ({type: 'keyUp', value})),
              ],
            },
          ]);
          await launcher.driver.releaseActions();
          return true;
        }
        const {keyboard} = launcher.getPage(session.id);
        for (const m of modifiers) await keyboard.down(m);
        await keyboard.press(payload.press);
        for (const m of [...modifiers].reverse()) await keyboard.up(m);
        return true;
      }
      return undefined;
    },
  };
}

/** WebDriver's code for a named key (one character stays itself). */
function webdriverKey(name) {
  const codes = {Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Home: '\uE011', End: '\uE010'};
  if (codes[name]) return codes[name];
  if ([...name].length === 1) return name;
  throw new Error(`press-with-modifiers: no WebDriver code for the key ${name}`);
}
