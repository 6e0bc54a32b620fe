import {isServer, noChange} from 'lit';
import {Directive, directive, type AttributePart} from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), never through the `style`
 * attribute, so a page whose Content-Security-Policy forbids inline styles (`style-src 'self'`)
 * raises no violation. (Lit's `styleMap` writes the attribute on first render.) Properties left
 * out on a later render are removed. Use as `style=${styleProperties({'max-height': '…', '--_c': 'red'})}`
 * (CSS property names, as `setProperty` takes them). Only ever bound to a `style` attribute (both
 * uses, in chart-element.ts): it does not check the part it is bound to.
 */
class StylePropertiesDirective extends Directive {
  /** The properties set by the last render. */
  previous = new Set<string>();

  render(properties: Readonly<Record<string, string | undefined>>) {
    // A server render has no CSSOM: it writes the attribute (taken over as it is in the browser).
    if (isServer) return Object.entries(properties).filter(([, value]) => value !== undefined).map(([name, value]) => `${name}: ${value}`).join('; ');
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string | undefined>>]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) {
      if (properties[name] === undefined) style.removeProperty(name);
    }
    this.previous = new Set(Object.keys(properties).filter((name) => properties[name] !== undefined));
    for (const name of this.previous) style.setProperty(name, properties[name]!);
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
