import {expect} from '@open-wc/testing';
import {createFormats, layoutChart, type ChartLayout, type Series} from '../../src/core/index.js';
import {TooltipController} from '../../src/controllers/tooltip.js';
import {FINGER_CLEARANCE, FINGER_MARGIN, placeAboveFinger} from '../../src/controllers/tooltip-placement.js';
import {TestHost} from './host.js';

const series: Series[] = [
  {key: 'a', label: 'A', data: [{x: 2001, y: 1}, {x: 2002, y: null}, {x: 2003, y: 4}]},
  {key: 'b', label: 'B', data: [{x: 2001, y: 3}, {x: 2002, y: null}, {x: 2003, y: 2}]},
];
const layout: ChartLayout = layoutChart(series, {width: 400, height: 200, mark: 'line', formats: createFormats({locale: 'en'})});

function setUp(drawn = true) {
  const host = new TestHost();
  const tooltip = new TooltipController(host, {
    drawn: () => (drawn ? {layout, series} : undefined),
    plotSize: () => ({width: 400, height: 200}),
  });
  host.connect();
  return {host, tooltip};
}

/** A 400 × 200 svg in the host, whose pointer events go to the tooltip; returns its left edge (px). */
function svgIn(host: TestHost, tooltip: TooltipController) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '400');
  svg.setAttribute('height', '200');
  svg.style.display = 'block';
  host.renderRoot.append(svg);
  svg.addEventListener('pointermove', tooltip.onPointer);
  svg.addEventListener('pointerdown', tooltip.onPointer);
  return {svg, left: svg.getBoundingClientRect().left};
}

/**
 * Resolves when `tip` has been placed (its transform set), which happens in the ResizeObserver's
 * callback, in the browser's next rendering update. No time limit of its own: on a loaded machine
 * WebKitGTK's next frame can come later than a second (waitUntil's default limit, which failed
 * this test once); a tooltip never placed fails by the test's own time limit.
 */
function placed(tip: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!tip.style.transform) return false;
      observer.disconnect();
      resolve();
      return true;
    };
    const observer = new MutationObserver(check);
    if (!check()) observer.observe(tip, {attributes: true, attributeFilter: ['style']});
  });
}

const escape = () => window.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}));

describe('TooltipController (on a bare host)', () => {
  it('show() asks for an update; before the render, the data at x and the anchor above the highest', () => {
    const {host, tooltip} = setUp();
    tooltip.show(2001);
    expect(host.updates).to.equal(1);
    host.update();
    expect(tooltip.positions.map((p) => p.seriesIndex)).to.deep.equal([0, 1]);
    expect(tooltip.anchor).to.deep.equal({x: layout.xScale(2001), y: Math.min(layout.yScale(1), layout.yScale(3))});
    host.disconnect();
  });

  it('at a gap in every series, anchors mid-frame', () => {
    const {host, tooltip} = setUp();
    tooltip.show(2002);
    host.update();
    expect(tooltip.positions).to.deep.equal([]);
    expect(tooltip.anchor).to.deep.equal({x: layout.xScale(2002), y: (layout.frame.top + layout.frame.bottom) / 2});
    host.disconnect();
  });

  it('with nothing drawn, has no data and no anchor', () => {
    const {host, tooltip} = setUp(false);
    tooltip.show(2001);
    host.update();
    expect(tooltip.positions).to.deep.equal([]);
    expect(tooltip.anchor).to.equal(undefined);
    host.disconnect();
  });

  it('the pointer picks the nearest x; Escape in the window hides it; leaving hides it', () => {
    const {host, tooltip} = setUp();
    const {svg, left} = svgIn(host, tooltip);
    svg.dispatchEvent(new PointerEvent('pointermove', {clientX: left + layout.xScale(2003) - 5}));
    expect(tooltip.x).to.equal(2003);
    escape();
    expect(tooltip.x, 'Escape dismisses a pointer tooltip').to.equal(undefined);
    svg.dispatchEvent(new PointerEvent('pointermove', {clientX: left + layout.xScale(2001) + 3}));
    expect(tooltip.x).to.equal(2001);
    tooltip.onLeave();
    expect(tooltip.x).to.equal(undefined);
    host.disconnect();
  });

  it('Escape in the window leaves a keyboard-held point alone, and the pointer leaving too', () => {
    const {host, tooltip} = setUp();
    tooltip.show(2003, 1);
    tooltip.onLeave();
    escape();
    expect(tooltip.x).to.equal(2003);
    expect(tooltip.seriesIndex).to.equal(1);
    tooltip.hide();
    expect(tooltip.x).to.equal(undefined);
    expect(tooltip.seriesIndex).to.equal(undefined);
    host.disconnect();
  });

  it('stops listening for Escape when the host is disconnected', () => {
    const {host, tooltip} = setUp();
    const {svg, left} = svgIn(host, tooltip);
    svg.dispatchEvent(new PointerEvent('pointerdown', {clientX: left + 200}));
    expect(tooltip.x).to.be.a('number');
    host.disconnect();
    escape();
    expect(tooltip.x, 'no window listener left').to.be.a('number');
  });

  it('places the tooltip inside the plot, beside its anchor, once its size is observed', async () => {
    const {host, tooltip} = setUp();
    const tip = document.createElement('div');
    tip.className = 'tooltip';
    tip.style.cssText = 'position: absolute; width: 80px; height: 30px';
    host.renderRoot.append(tip);
    tooltip.show(2003);
    host.update();
    await placed(tip);
    const [, left, top] = /translate\((-?\d+)px, (-?\d+)px\)/.exec(tip.style.transform)!.map(Number);
    expect(left).to.equal(Math.round(Math.min(tooltip.anchor!.x - 40, 400 - 80)));
    expect(left + 80).to.be.at.most(400);
    expect(top).to.be.at.least(0);
    host.disconnect();
  });
});

describe('TooltipController.hold and resume (a change of the chart)', () => {
  it("keeps the pointer's x while it is drawn, hides it when it is gone; leaves the keyboard's to the keyboard", () => {
    const {host, tooltip} = setUp();
    tooltip.show(2003);
    const held = tooltip.hold()!;
    expect(held.x).to.equal(2003);
    tooltip.hide();
    tooltip.resume(held);
    expect(tooltip.x, 'x still drawn: shown again').to.equal(2003);
    tooltip.resume({x: 2004});
    expect(tooltip.x, 'x gone: hidden').to.equal(undefined);
    tooltip.show(2001, 1);
    expect(tooltip.hold(), "the keyboard's point is not the pointer's").to.equal(undefined);
    host.disconnect();
  });

  it("a finger's tooltip is still a finger's after the change: a tap outside hides it, the pointer leaving does not", () => {
    const {host, tooltip} = setUp();
    const {svg, left} = svgIn(host, tooltip);
    svg.dispatchEvent(new PointerEvent('pointerdown', {clientX: left + layout.xScale(2003), clientY: 100, pointerType: 'touch'}));
    const held = tooltip.hold()!;
    expect(held.touch?.y).to.be.a('number');
    tooltip.hide();
    tooltip.resume(held);
    tooltip.onLeave();
    expect(tooltip.x).to.equal(2003);
    document.body.dispatchEvent(new PointerEvent('pointerdown', {pointerType: 'touch', bubbles: true, composed: true}));
    expect(tooltip.x).to.equal(undefined);
    host.disconnect();
  });
});

describe('placeAboveFinger', () => {
  const plot = {width: 375, height: 300};
  const viewport = {left: 0, top: 200, width: 375, height: 700};
  const size = {width: 120, height: 40};

  it('puts the tooltip above the finger, clear of the fingertip, centred on it', () => {
    const {left, top} = placeAboveFinger({x: 180, y: 150}, size, plot, viewport);
    expect(left).to.equal(120);
    expect(top + size.height).to.equal(150 - FINGER_CLEARANCE);
  });

  it('keeps it inside the plot and the viewport at the edges', () => {
    expect(placeAboveFinger({x: 2, y: 150}, size, plot, viewport).left).to.equal(0);
    expect(placeAboveFinger({x: 373, y: 150}, size, plot, viewport).left).to.equal(375 - 120);
    // A plot wider than the viewport, scrolled sideways: the part on screen.
    expect(placeAboveFinger({x: 300, y: 150}, size, {width: 600, height: 300}, {...viewport, left: -100}).left).to.equal(240);
  });

  it('may rise above the plot, but not above the viewport; with no room above, goes beside the finger', () => {
    // 20 px below the plot's top, with 200 px of page above it in the viewport: above the plot.
    expect(placeAboveFinger({x: 180, y: 20}, size, plot, viewport).top).to.equal(20 - FINGER_CLEARANCE - 40);
    // The plot's top at the viewport's top: beside the finger, on the side with more room.
    const right = placeAboveFinger({x: 100, y: 20}, size, plot, {...viewport, top: 0});
    expect(right.left).to.be.at.least(100 + FINGER_CLEARANCE / 2);
    expect(right.top).to.equal(0);
    const left = placeAboveFinger({x: 300, y: 20}, size, plot, {...viewport, top: 0});
    expect(left.left + size.width).to.be.at.most(300 - FINGER_CLEARANCE / 2);
  });

  it('with no room above nor on either side, goes below the finger, clear of it; never over it', () => {
    // A 280 px phone, the plot's top at the viewport's top: 190 px of tooltip fits on neither side of x = 158.
    const phone = {left: 8, top: 0, width: 280, height: 640};
    const wide = {width: 190, height: 113};
    const below = placeAboveFinger({x: 158, y: 23}, wide, {width: 264, height: 300}, phone);
    expect(below.top).to.equal(23 + FINGER_CLEARANCE);
    expect(below.left).to.equal(158 - 95);
    // Room on the left only: beside it, on that side, FINGER_MARGIN away.
    const beside = placeAboveFinger({x: 240, y: 23}, wide, {width: 264, height: 300}, phone);
    expect(beside.left + wide.width).to.equal(240 - FINGER_MARGIN);
    // Fits nowhere (a viewport shorter than the tooltip and the finger's room): inside the viewport, on the side with more room.
    const cramped = placeAboveFinger({x: 132, y: 30}, wide, {width: 264, height: 150}, {...phone, height: 150});
    expect(cramped.top).to.equal(150 - 113);
  });
});

describe('TooltipController (touch)', () => {
  const touchAt = (svg: Element, type: string, clientX: number, clientY = 100) =>
    svg.dispatchEvent(new PointerEvent(type, {clientX, clientY, pointerType: 'touch', bubbles: true, composed: true}));

  it('a touch tooltip stays when the finger leaves, and goes on a tap outside the chart', () => {
    const {host, tooltip} = setUp();
    const {svg, left} = svgIn(host, tooltip);
    svg.addEventListener('pointerleave', tooltip.onLeave);
    touchAt(svg, 'pointerdown', left + layout.xScale(2003));
    touchAt(svg, 'pointerleave', left + layout.xScale(2003));
    expect(tooltip.x, 'lifting the finger leaves it').to.equal(2003);
    touchAt(svg, 'pointerdown', left + layout.xScale(2001));
    expect(tooltip.x, 'the next tap moves it').to.equal(2001);
    document.body.dispatchEvent(new PointerEvent('pointerdown', {pointerType: 'touch', bubbles: true, composed: true}));
    expect(tooltip.x, 'a tap outside hides it').to.equal(undefined);
    host.disconnect();
  });

  it('Escape hides a touch tooltip; the mouse leaving still hides its own', () => {
    const {host, tooltip} = setUp();
    const {svg, left} = svgIn(host, tooltip);
    touchAt(svg, 'pointerdown', left + 200);
    escape();
    expect(tooltip.x).to.equal(undefined);
    svg.dispatchEvent(new PointerEvent('pointermove', {clientX: left + 200, pointerType: 'mouse'}));
    tooltip.onLeave();
    expect(tooltip.x).to.equal(undefined);
    host.disconnect();
  });
});
