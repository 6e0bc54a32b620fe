import {expect} from '@open-wc/testing';
import {KeyboardController} from '../../src/controllers/keyboard.js';
import {TooltipController} from '../../src/controllers/tooltip.js';
import {TestHost} from './host.js';

const POINTS = {xs: [2001, 2002, 2003], seriesCount: 2};

function setUp(drawn = true) {
  const host = new TestHost();
  const tooltip = new TooltipController(host, {drawn: () => undefined, plotSize: () => undefined});
  const keyboard = new KeyboardController(host, tooltip, {
    points: () => (drawn ? POINTS : undefined),
    describe: (seriesIndex, x) => `series ${seriesIndex} at ${x}`,
  });
  host.connect();
  return {host, tooltip, keyboard};
}

const press = (keyboard: KeyboardController, key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', {key, cancelable: true, ...init});
  keyboard.onKey(event);
  return event;
};

describe('KeyboardController (on a bare host)', () => {
  it('the arrow keys move the active point, which the tooltip shows and the live region says', () => {
    const {host, tooltip, keyboard} = setUp();
    const event = press(keyboard, 'ArrowRight');
    expect(event.defaultPrevented).to.equal(true);
    expect([tooltip.x, tooltip.seriesIndex]).to.deep.equal([2001, 0]);
    expect(keyboard.announcement).to.equal('series 0 at 2001');
    press(keyboard, 'ArrowDown');
    press(keyboard, 'End');
    expect([tooltip.x, tooltip.seriesIndex]).to.deep.equal([2003, 1]);
    expect(keyboard.announcement).to.equal('series 1 at 2003');
    expect(host.updates).to.be.greaterThan(0);
    host.disconnect();
  });

  it('Escape leaves the points (the tooltip goes, the live region is emptied)', () => {
    const {host, tooltip, keyboard} = setUp();
    press(keyboard, 'Home');
    const event = press(keyboard, 'Escape');
    expect(event.defaultPrevented).to.equal(true);
    expect(tooltip.x).to.equal(undefined);
    expect(keyboard.announcement).to.equal('');
    expect(keyboard.navigation.active).to.equal(undefined);
    host.disconnect();
  });

  it('Escape hides a tooltip that the pointer opened; with none open, it is left to the page', () => {
    const {host, tooltip, keyboard} = setUp();
    tooltip.show(2002);
    expect(press(keyboard, 'Escape').defaultPrevented).to.equal(true);
    expect(tooltip.x).to.equal(undefined);
    expect(press(keyboard, 'Escape').defaultPrevented).to.equal(false);
    host.disconnect();
  });

  it('leaves other keys, keys with modifiers, and keys while nothing is drawn to the page', () => {
    const {host, tooltip, keyboard} = setUp();
    expect(press(keyboard, 'a').defaultPrevented).to.equal(false);
    expect(press(keyboard, 'ArrowRight', {ctrlKey: true}).defaultPrevented).to.equal(false);
    expect(tooltip.x).to.equal(undefined);
    host.disconnect();
    const empty = setUp(false);
    expect(press(empty.keyboard, 'ArrowRight').defaultPrevented).to.equal(false);
    empty.host.disconnect();
  });

  it('blur forgets the active point and hides the tooltip; the next key starts again', () => {
    const {host, tooltip, keyboard} = setUp();
    press(keyboard, 'End');
    keyboard.onBlur();
    expect(tooltip.x).to.equal(undefined);
    expect(keyboard.navigation.active).to.equal(undefined);
    press(keyboard, 'ArrowRight');
    expect(tooltip.x).to.equal(2001);
    host.disconnect();
  });
});
