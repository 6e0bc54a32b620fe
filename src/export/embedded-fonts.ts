/**
 * The page's web fonts for the PNG download. A browser draws an SVG as an image without the
 * page's fonts (an image loads nothing), so text set in a web font would be drawn in a fallback
 * whose widths differ from those the chart was laid out with. Here the faces of the chart's web
 * font are read from the page's stylesheets and their files fetched (from the browser's cache,
 * as the page has loaded them), to be written into the SVG as `@font-face` rules with `data:`
 * URLs. What cannot be read (a cross-origin stylesheet, a file without CORS, a
 * Content-Security-Policy whose `connect-src` refuses the fetch) is left out without an error:
 * the PNG is then drawn in the fallback font, as before.
 * @module
 * @internal
 */

/** The most font data written into one SVG, bytes before base64 (a family of many faces is cut off there). */
const MAX_BYTES = 4 * 1024 * 1024;

/** A CSS family name without quotes, in lower case, to compare. */
const familyKey = (name: string) => name.trim().replace(/^(['"])(.*)\1$/, '$2').toLowerCase();

/** Every rule of `rules` and of the rules they group (`@media`, `@supports`, `@layer`, `@import`). */
function* allRules(rules: CSSRuleList): Generator<CSSRule> {
  for (const rule of Array.from(rules)) {
    yield rule;
    if (rule instanceof CSSImportRule) {
      const imported = readableRules(rule.styleSheet);
      if (imported) yield* allRules(imported);
    } else if ('cssRules' in rule) yield* allRules((rule as CSSGroupingRule).cssRules);
  }
}

/** A stylesheet's rules; `undefined` where the page may not read them (a cross-origin stylesheet). */
function readableRules(sheet: CSSStyleSheet | null): CSSRuleList | undefined {
  try {
    return sheet?.cssRules;
  } catch {
    return undefined;
  }
}

/** The `@font-face` rules of the page's stylesheets (those it may read), each with the URL its relative URLs resolve against. */
function fontFaceRules(): {rule: CSSFontFaceRule; base: string}[] {
  const found: {rule: CSSFontFaceRule; base: string}[] = [];
  for (const sheet of [...Array.from(document.styleSheets), ...(document.adoptedStyleSheets ?? [])]) {
    const rules = readableRules(sheet);
    if (!rules) continue;
    for (const rule of allRules(rules)) {
      if (rule instanceof CSSFontFaceRule) found.push({rule, base: rule.parentStyleSheet?.href ?? document.baseURI});
    }
  }
  return found;
}

/** The first font file a face's `src` names (the browser's choice where it reads every format), resolved; `local()` fonts skipped. */
function firstUrl(src: string, base: string): string | undefined {
  const url = /url\(\s*(['"]?)(.*?)\1\s*\)/.exec(src)?.[2];
  return url ? new URL(url, base).href : undefined;
}

/** The file at `url` as a `data:` URL; `undefined` when it cannot be fetched (CORS, a policy, a network error). */
async function dataUrl(url: string): Promise<{url: string; bytes: number} | undefined> {
  try {
    const response = await fetch(url, {credentials: 'same-origin'});
    if (!response.ok) return undefined;
    const blob = await response.blob();
    const reader = new FileReader();
    const read = new Promise<string>((resolve, reject) => {
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
    });
    reader.readAsDataURL(blob);
    return {url: await read, bytes: blob.size};
  } catch {
    return undefined;
  }
}

/**
 * `@font-face` rules, their files as `data:` URLs, for the web fonts of `fontFamily` (a CSS
 * font-family list) that the page has loaded (`document.fonts`): every face of such a family
 * that a stylesheet the page may read declares, with its weight, style, stretch and unicode
 * range, up to 4 MB of font data. '' when there is none, or none could be fetched. Never throws.
 * @internal
 */
export async function embeddedFonts(fontFamily: string): Promise<string> {
  const wanted = new Set(fontFamily.split(',').map(familyKey));
  const loaded = new Set(Array.from(document.fonts).filter((face) => face.status === 'loaded').map((face) => familyKey(face.family)));
  const faces = fontFaceRules().filter(({rule}) => {
    const family = familyKey(rule.style.getPropertyValue('font-family'));
    return wanted.has(family) && loaded.has(family);
  });
  const rules: string[] = [];
  let total = 0;
  for (const {rule, base} of faces) {
    const url = firstUrl(rule.style.getPropertyValue('src'), base);
    const file = url && (await dataUrl(url));
    if (!file || total + file.bytes > MAX_BYTES) continue;
    total += file.bytes;
    const descriptors = ['font-family', 'font-weight', 'font-style', 'font-stretch', 'unicode-range']
      .map((name) => [name, rule.style.getPropertyValue(name)])
      .filter(([, value]) => value)
      .map(([name, value]) => `${name}:${value};`);
    rules.push(`@font-face{${descriptors.join('')}src:url(${file.url});}`);
  }
  return rules.join('\n');
}
