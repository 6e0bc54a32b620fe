import {isServer, noChange} from 'lit';
import {Directive, directive, type AttributePart} from 'lit/directive.js';
import {writeChanges} from './templates/plain-nodes.js';

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
  previous: Readonly<Record<string, string | undefined>> = {};

  render(properties: Readonly<Record<string, string | undefined>>) {
    // A server render has no CSSOM: it writes the attribute (taken over as it is in the browser).
    if (isServer) return Object.entries(properties).filter(([, value]) => value !== undefined).map(([name, value]) => `${name}: ${value}`).join('; ');
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string | undefined>>]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    writeChanges(this.previous, properties, (name, value) => style.setProperty(name, value), (name) => style.removeProperty(name));
    this.previous = properties;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
