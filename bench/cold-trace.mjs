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

/**
 * V8 parsing and compiling a function when it is first called (trace category
 * `disabled-by-default-v8.compile`): a function is only pre-parsed when its script is evaluated.
 */
const FIRST_CALL_COMPILE = /^V8\.(ParseFunction|Compile)/;

/** The library's first `EvaluateScript` (the first of its files). */
function scriptStart(events, tid, urls) {
  return events.find((e) => e.name === 'EvaluateScript' && e.tid === tid && urls.some((u) => (e.args?.data?.url ?? '').endsWith(u)));
}

/**
 * The times of one load, in ms: `fromNav` and `fromScript` (navigation start and the library's
 * first evaluation to the end of the first main-thread commit after the chart was drawn),
 * `drawToPaint` (the `draw` mark to it), `drawScript` (the main thread's script and garbage
 * collection between them), `drawCpu` (the main thread's CPU time between them, all work) and
 * `drawCompile` (of that CPU time, V8 compiling functions on their first call). `page.marks` holds the page's marks (ms from its time origin).
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
  // The main thread's CPU time (the trace's thread time, `tdur`, of its outermost events) from the
  // draw call to that frame: all its work, without the time it waited for a core (a busy machine).
  // Of it, V8 parsing and compiling functions on their first call (outermost compile events).
  let cpu = 0;
  let compile = 0;
  const clipped = (n, time) => {
    const from = Math.max(n.event.ts, draw);
    const to = Math.min(n.end, painted);
    return to > from ? time * ((to - from) / n.event.dur) : 0;
  };
  for (const n of mainEvents(events, tid)) {
    if (n.event.tdur === undefined) continue;
    if (!n.parent) cpu += clipped(n, n.event.tdur);
    if (FIRST_CALL_COMPILE.test(n.event.name) && !FIRST_CALL_COMPILE.test(n.parent?.event.name ?? '')) compile += clipped(n, n.event.tdur);
  }
  return {fromNav: (painted - origin) / 1000, fromScript: start ? (painted - start.ts) / 1000 : NaN, drawToPaint: (painted - draw) / 1000, drawScript: script / 1000, drawCpu: cpu / 1000, drawCompile: compile / 1000, origin, painted, draw, drawnTs: drawn.ts, tid, start};
}

/**
 * What the main thread did in one load, from navigation start to the frame with the chart: ms by
 * kind of work (self time of the trace's events), with the canvas text measuring timed in the page,
 * the fonts' trace events, the time waiting, and two spans.
 */
export function mainThreadSums(load) {
  const {events, origin, painted, draw, drawnTs, tid, start, page} = load;
  const sums = {};
  const add = (k, ms) => (sums[k] = (sums[k] ?? 0) + ms);
  for (const n of mainEvents(events, tid)) {
    const e = n.event;
    if (e.ts < origin || e.ts > painted || !n.kind) continue;
    let kind = n.kind;
    if (kind === 'script' && start && e.ts >= start.ts && n.end <= start.ts + start.dur) kind = 'script: evaluating the library';
    else if (kind === 'script') kind = n.end <= draw ? 'script: the page’s, before the draw call' : 'script: from the draw call on (creating and drawing the chart)';
    if (kind === 'style' || kind === 'layout') kind += e.ts > drawnTs ? ', once the chart’s DOM is in (the layout that shows it)' : ', before the chart is drawn (tiv-charts: the figure without the plot, observed by ResizeObserver)';
    add(kind, n.self / 1000);
  }
  const total = (painted - origin) / 1000;
  const busy = Object.values(sums).reduce((a, b) => a + b, 0);
  const fonts = events.filter((e) => e.tid === tid && e.ph === 'X' && e.cat?.includes('fonts') && e.ts >= origin && e.ts <= painted);
  return {
    ...sums,
    [`of the script: canvas text measuring (${page.measure.calls} calls)`]: page.measure.ms,
    'fonts (trace events of the “fonts” category)': fonts.reduce((a, e) => a + e.dur, 0) / 1000,
    'waiting (network, idle, other threads)': total - busy,
    'span: navigation start to the library’s script': start ? (start.ts - origin) / 1000 : NaN,
    'span: the draw call to the chart drawn': (drawnTs - origin) / 1000 - page.marks.draw,
    'span: navigation start to the frame with the chart': total,
  };
}

/**
 * A Markdown table of {@link mainThreadSums} of several loads: for each column (a name and its
 * loads' sums), the median of each kind.
 */
export function breakdownTable(columns) {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const kinds = [...new Set(columns.flatMap(([, loads]) => loads.flatMap((l) => Object.keys(l))))];
  const value = (loads, k) => median(loads.map((l) => l[k] ?? 0));
  const first = columns[0][1];
  // Work first, largest first; then the measured parts and spans.
  const order = (k) => (k.startsWith('span') ? 2 : k.startsWith('of the') || k.startsWith('fonts') || k.startsWith('waiting') ? 1 : 0);
  kinds.sort((a, b) => order(a) - order(b) || value(first, b) - value(first, a));
  return [
    `| Main thread, navigation start to the frame with the chart, ms (median of the loads) | ${columns.map(([name]) => name).join(' | ')} |`,
    `| --- | ${columns.map(() => '---').join(' | ')} |`,
    ...kinds.map((k) => `| ${k} | ${columns.map(([, loads]) => value(loads, k).toFixed(1)).join(' | ')} |`),
  ].join('\n');
}
