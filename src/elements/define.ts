/**
 * Registers a custom element once. A second registration of the same tag (two bundles on one
 * page, or a script tag plus an npm copy) is skipped with a console warning instead of throwing.
 * Does nothing where `customElements` does not exist (Node, server rendering).
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) console.warn(`tiv-charts: <${tag}> is already defined on this page; this copy of tiv-charts is not registered again.`);
    return;
  }
  customElements.define(tag, constructor);
}
