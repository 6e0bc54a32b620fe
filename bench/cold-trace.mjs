// Reads a Chromium trace of one cold load (cold.mjs): when the frame with the chart was committed,
// and what the main thread spent its time on until then.

/** Trace event names by what they are; an event of another name counts as its parent's kind. */
const KINDS = {
  EvaluateScript: 'script', FunctionCall: 'script', RunMicrotasks: 'script', TimerFire: 'script', FireAnimationFrame: 'script',
  EventDispatch: 'script', 'v8.callFunction': 'script', 'v8.compile': 'script', 'V8.CompileCode': 'script',
  ParseHTML: 'parse HTML', ParseAuthorStyleSheet: 'style',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout',
  UpdateLayerTree: 'paint and commit', PrePaint: 'paint and commit', Paint: 'paint and commit', Layerize: 'paint and commit', Commit: 'paint and commit',
  MinorGC: 'garbage collection', MajorGC: 'garbage collection', 'V8.GC_SCAVENGER': 'garbage collection', 'V8.GC_MARK_COMPACTOR': 'garbage collection', 'BlinkGC.AtomicPhase': 'garbage collection',
};

/**
 * The main thread's complete events as a forest (by time nesting), each with its self time in
 * µs and its kind (its own, else its nearest ancestor's, else undefined).
 */
function mainEvents(events, tid) {
  const list = events.filter((e) => e.ph === 'X' && e.tid === tid && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const out = [];
  for (const e of list) {
    while (stack.length && stack.at(-1).end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const node = {event: e, end: e.ts + e.dur, self: e.dur, kind: KINDS[e.name] ?? parent?.kind, parent};
    if (parent) parent.self -= Math.min(e.dur, parent.end - e.ts);
    stack.push(node);
    out.push(node);
  }
  return out;
}

/** The library's first `EvaluateScript` (the first of its files). */
function scriptStart(events, tid, urls) {
  return events.find((e) => e.name === 'EvaluateScript' && e.tid === tid && urls.some((u) => (e.args?.data?.url ?? '').endsWith(u)));
}

/**
 * The times of one load, in ms: `fromNav` and `fromScript` (navigation start and the library's
 * first evaluation to the end of the first main-thread commit after the chart was drawn),
 * `drawToPaint` (the `draw` mark to it) and `drawScript` (the main thread's script and garbage
 * collection between them). `page.marks` holds the page's marks (ms from its time origin).
 */
export function loadTimes(events, page, urls) {
  const drawn = events.find((e) => e.name === 'drawn' && e.cat.includes('user_timing'));
  if (!drawn) throw new Error('no "drawn" mark in the trace');
  const tid = drawn.tid;
  // Trace time (µs) of the page's time origin, which is navigation start.
  const origin = drawn.ts - page.marks.drawn * 1000;
  const draw = origin + page.marks.draw * 1000;
  const commit = events.filter((e) => e.name === 'Commit' && e.tid === tid && e.ts > drawn.ts).sort((a, b) => a.ts - b.ts)[0];
  if (!commit) throw new Error('no commit after the chart was drawn');
  const painted = commit.ts + commit.dur;
  const start = scriptStart(events, tid, urls);
  let script = 0;
  for (const n of mainEvents(events, tid)) {
    if (n.kind !== 'script' && n.kind !== 'garbage collection') continue;
    // Self time, clipped to the window (the page's inline script begins before the mark).
    const from = Math.max(n.event.ts, draw);
    const to = Math.min(n.end, painted);
    if (to > from) script += n.self * ((to - from) / n.event.dur);
  }
  return {fromNav: (painted - origin) / 1000, fromScript: start ? (painted - start.ts) / 1000 : NaN, drawToPaint: (painted - draw) / 1000, drawScript: script / 1000, origin, painted, draw, drawnTs: drawn.ts, tid, start};
}

/** A Markdown table of what the main thread did in one load, from navigation start to the frame with the chart. */
export function breakdown(load) {
  const {events, origin, painted, draw, drawnTs, tid, start, page} = load;
  const sums = new Map();
  const add = (k, us) => sums.set(k, (sums.get(k) ?? 0) + us);
  const fonts = events.filter((e) => e.tid === tid && e.ph === 'X' && e.cat?.includes('fonts') && e.ts >= origin && e.ts <= painted);
  for (const n of mainEvents(events, tid)) {
    const e = n.event;
    if (e.ts < origin || e.ts > painted || !n.kind) continue;
    let kind = n.kind;
    if (kind === 'script' && start && e.ts >= start.ts && n.end <= start.ts + start.dur) kind = 'script: evaluating the library';
    else if (kind === 'script') kind = n.end <= draw ? 'script: other, before the draw call' : 'script: from the draw call on (creating and drawing the chart)';
    if (kind === 'style' || kind === 'layout') kind += e.ts > drawnTs ? ', after the chart’s DOM is in (the layout that shows it)' : ', before the chart is drawn';
    add(kind, n.self);
  }
  const total = (painted - origin) / 1000;
  const rows = [...sums].sort((a, b) => b[1] - a[1]).map(([k, us]) => `| ${k} | ${(us / 1000).toFixed(1)} |`);
  const busy = [...sums.values()].reduce((a, b) => a + b, 0) / 1000;
  return [
    '| Main thread, navigation start to the frame with the chart | ms |',
    '| --- | --- |',
    ...rows,
    `| of the script: canvas text measuring (${page.measure.calls} calls) | ${page.measure.ms.toFixed(1)} |`,
    `| fonts (trace events of the “fonts” category; document.fonts: ${page.fonts}) | ${(fonts.reduce((a, e) => a + e.dur, 0) / 1000).toFixed(1)} |`,
    `| waiting (network, idle, other threads) | ${(total - busy).toFixed(1)} |`,
    `| navigation start to the library’s script | ${start ? ((start.ts - origin) / 1000).toFixed(1) : 'n/a'} |`,
    `| the draw call to the chart drawn (mark) | ${((drawnTs - origin) / 1000 - page.marks.draw).toFixed(1)} |`,
    `| total | ${total.toFixed(1)} |`,
  ].join('\n');
}
