import {noChange} from 'lit';
import {Directive, directive, PartType, type AttributePart, type PartInfo} from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), never through the `style`
 * attribute, so a page whose Content-Security-Policy forbids inline styles (`style-src 'self'`)
 * raises no violation. (Lit's `styleMap` writes the attribute on first render.) Properties left
 * out on a later render are removed. Use as `style=${styleProperties({'max-height': '…', '--_c': 'red'})}`
 * (CSS property names, as `setProperty` takes them).
 */
class StylePropertiesDirective extends Directive {
  previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('styleProperties() belongs in a style attribute binding.');
    }
  }

  render(_properties: Readonly<Record<string, string | undefined>>) {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string | undefined>>]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) {
      if (properties[name] === undefined) style.removeProperty(name);
    }
    this.previous.clear();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
