/**
 * Counts what code on the page leaves running: ResizeObserver and MutationObserver observations,
 * listeners on window, document and document.fonts, and pending timers and intervals. Import it
 * before the library, so that the library's observers and listeners are counted.
 */
const observations = new Map<object, Set<Node>>();

for (const name of ['ResizeObserver', 'MutationObserver'] as const) {
  const Original = window[name] as unknown as {prototype: {observe: (t: Node, o?: unknown) => void; unobserve?: (t: Node) => void; disconnect: () => void}};
  const proto = Original.prototype;
  const observe = proto.observe;
  const disconnect = proto.disconnect;
  const unobserve = proto.unobserve;
  proto.observe = function (this: object, target: Node, options?: unknown) {
    if (!observations.has(this)) observations.set(this, new Set());
    observations.get(this)!.add(target);
    return observe.call(this, target, options);
  };
  proto.disconnect = function (this: object) {
    observations.delete(this);
    return disconnect.call(this);
  };
  if (unobserve) {
    proto.unobserve = function (this: object, target: Node) {
      observations.get(this)?.delete(target);
      return unobserve.call(this, target);
    };
  }
}

/** Live observations of elements still in the document or held by a connected observer. */
export function activeObservations(): number {
  let n = 0;
  for (const targets of observations.values()) n += targets.size;
  return n;
}

const listeners = new Set<string>();
const ids = new WeakMap<object, number>();
let nextId = 0;
const idOf = (o: object) => {
  if (!ids.has(o)) ids.set(o, ++nextId);
  return ids.get(o)!;
};
const watched = () => [window, document, document.fonts] as EventTarget[];
const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
  if (listener && watched().includes(this)) listeners.add(`${idOf(this)}:${type}:${idOf(listener)}`);
  return add.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
  if (listener && watched().includes(this)) listeners.delete(`${idOf(this)}:${type}:${idOf(listener)}`);
  return remove.call(this, type, listener, options);
};
const mediaListeners = new Set<string>();
const matchMedia = window.matchMedia.bind(window);
window.matchMedia = (query: string) => {
  const list = matchMedia(query);
  const addL = list.addEventListener.bind(list);
  const removeL = list.removeEventListener.bind(list);
  list.addEventListener = ((type: string, l: EventListenerOrEventListenerObject) => {
    mediaListeners.add(`${query}:${type}:${idOf(l)}`);
    addL(type, l);
  }) as typeof list.addEventListener;
  list.removeEventListener = ((type: string, l: EventListenerOrEventListenerObject) => {
    mediaListeners.delete(`${query}:${type}:${idOf(l)}`);
    removeL(type, l);
  }) as typeof list.removeEventListener;
  return list;
};

/** Listeners on window, document, document.fonts and media queries. */
export function activeListeners(): number {
  return listeners.size + mediaListeners.size;
}

const intervals = new Set<number>();
const setI = window.setInterval.bind(window);
const clearI = window.clearInterval.bind(window);
window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  const id = setI(handler, timeout, ...args);
  intervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) intervals.delete(id);
  clearI(id);
}) as typeof window.clearInterval;
const timeouts = new Set<number>();
const setT = window.setTimeout.bind(window);
const clearT = window.clearTimeout.bind(window);
window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  const id: number = setT(
    (...a: unknown[]) => {
      timeouts.delete(id);
      if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
    },
    timeout,
    ...args
  );
  timeouts.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) timeouts.delete(id);
  clearT(id);
}) as typeof window.clearTimeout;

/** Pending timeouts and running intervals. */
export function activeTimers(): number {
  return intervals.size + timeouts.size;
}
