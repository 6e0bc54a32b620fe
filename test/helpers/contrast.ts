/** Colour checks over computed styles: any CSS colour to RGBA, effective background, WCAG contrast. */

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const ctx = canvas.getContext('2d', {willReadFrequently: true})!;

export type RGBA = [number, number, number, number];

/** Any computed CSS colour (rgb(), color(srgb …), system colours) as [r, g, b, a] with a in 0..1. */
export function rgba(color: string): RGBA {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over the opaque `bottom`. */
export function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

/** The opaque colour behind `el`: the first painted background up the flat tree, over white. */
export function backgroundOf(el: Element): RGBA {
  const layers: RGBA[] = [];
  let node: Element | null = el;
  while (node) {
    const c = rgba(getComputedStyle(node).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] >= 1) break;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  let result: RGBA = [255, 255, 255, 1];
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

function luminance([r, g, b]: RGBA): number {
  const f = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

/** WCAG contrast ratio of a (possibly translucent) colour against an opaque background. */
export function contrast(fg: string | RGBA, bg: RGBA): number {
  const color = over(typeof fg === 'string' ? rgba(fg) : fg, bg);
  const [l1, l2] = [luminance(color), luminance(bg)].sort((a, b) => b - a);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Contrast of an element's own text colour (or SVG fill for text) against what is behind it. */
export function textContrast(el: Element): number {
  const style = getComputedStyle(el);
  const color = el instanceof SVGElement ? style.fill : style.color;
  return contrast(color, backgroundOf(el));
}
