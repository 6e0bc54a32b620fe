// The story book's controls panel: one control for each attribute, property, slot, CSS custom
// property and part that custom-elements.json documents for an element, each starting from the
// element's own value (the story's attributes, else the element's default), and changing the
// element as it is edited: attributes as attributes (so the HTML snippet shows them), slots as
// slotted <span>s, CSS custom properties on the element's style, parts through a ::part() rule.

/** The manifest's declaration of the element `tag`. */
export function declarationOf(manifest, tag) {
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.customElement && d.tagName === tag) return d;
  throw new Error(`custom-elements.json has no <${tag}>`);
}

/** The public fields of a declaration that an author sets: its properties, with their attributes (not the read-only `state` and `error`). */
const fieldsOf = (decl) => (decl.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (!m.privacy || m.privacy === 'public'));

/** The values of a type that is a union of string literals (`'line' | 'bar'`), '' for `undefined`; else none. */
function choicesOf(type) {
  const parts = type.split('|').map((p) => p.trim());
  if (!parts.some((p) => /^'.*'$/.test(p)) || !parts.every((p) => /^'.*'$/.test(p) || p === 'undefined')) return undefined;
  return [...(parts.includes('undefined') ? [''] : []), ...parts.filter((p) => p !== 'undefined').map((p) => p.slice(1, -1))];
}

/** What kind of control a field gets: boolean, number, select (a union of strings), text, or json (arrays and objects). */
function kindOf(field) {
  const type = field.type?.text ?? '';
  if (choicesOf(type)) return 'select';
  if (type === 'boolean') return 'boolean';
  if (/^(number|\d)/.test(type)) return 'number';
  if (/^string\b/.test(type)) return 'text';
  return 'json';
}

/** The value a control shows for a property's value: '' for none, JSON for data. */
function shown(value, kind) {
  if (value === undefined || value === null) return '';
  if (kind === 'json') return typeof value === 'string' ? value : JSON.stringify(value);
  return String(value);
}

let uid = 0;

/** A labelled control row: the name, the control and the documentation under it. */
function row(name, control, description) {
  const id = `knob-${++uid}`;
  const wrap = document.createElement('div');
  wrap.className = 'knob';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = name;
  control.id = id;
  wrap.append(label, control);
  if (description) {
    const small = document.createElement('small');
    small.id = `${id}-doc`;
    small.textContent = description;
    control.setAttribute('aria-describedby', small.id);
    wrap.append(small);
  }
  return wrap;
}

function group(title, open) {
  const details = document.createElement('details');
  details.open = open;
  const summary = document.createElement('summary');
  summary.textContent = title;
  details.append(summary);
  return details;
}

/** The control of one property, applying its value to `el` as an attribute (or a property). */
function fieldControl(el, field, changed) {
  const kind = kindOf(field);
  const value = el[field.name];
  let control;
  if (kind === 'boolean') {
    control = document.createElement('input');
    control.type = 'checkbox';
    control.checked = !!value;
  } else if (kind === 'select') {
    control = document.createElement('select');
    for (const choice of choicesOf(field.type.text)) control.append(new Option(choice || '(none)', choice));
    control.value = shown(value, kind);
  } else if (kind === 'json') {
    control = document.createElement('textarea');
    control.rows = 2;
    control.spellcheck = false;
    control.value = shown(value, kind);
  } else {
    control = document.createElement('input');
    control.type = kind === 'number' ? 'number' : 'text';
    if (kind === 'number') control.step = 'any';
    control.value = shown(value, kind);
  }
  control.dataset.knob = field.name;
  control.dataset.kind = kind;
  const apply = () => {
    const text = kind === 'boolean' ? '' : control.value.trim();
    if (kind === 'json' && text) {
      try {
        JSON.parse(text);
        control.removeAttribute('aria-invalid');
      } catch {
        control.setAttribute('aria-invalid', 'true');
        return;
      }
    }
    if (!field.attribute) el[field.name] = kind === 'boolean' ? control.checked : kind === 'json' && text ? JSON.parse(text) : text || undefined;
    else if (kind === 'boolean') el.toggleAttribute(field.attribute, control.checked);
    else if (text === '') el.removeAttribute(field.attribute);
    else el.setAttribute(field.attribute, text);
    changed();
  };
  control.addEventListener(kind === 'text' || kind === 'number' || kind === 'json' ? 'input' : 'change', apply);
  return row(field.attribute ?? `.${field.name}`, control, field.description);
}

/** The control of a slot: text in a slotted <span>, none while it is empty. */
function slotControl(el, slot, changed) {
  const control = document.createElement('input');
  control.type = 'text';
  const current = el.querySelector(`:scope > [slot="${slot.name}"]`);
  control.value = current?.textContent ?? '';
  control.dataset.slot = slot.name;
  control.addEventListener('input', () => {
    let node = el.querySelector(`:scope > [slot="${slot.name}"]`);
    if (!control.value) node?.remove();
    else {
      if (!node) {
        node = document.createElement('span');
        node.slot = slot.name;
        el.append(node);
      }
      node.textContent = control.value;
    }
    changed();
  });
  return row(`slot="${slot.name}"`, control, slot.description);
}

/** The control of a CSS custom property, starting from its documented default. */
function cssPropertyControl(el, property, changed) {
  const control = document.createElement('input');
  control.type = 'text';
  control.value = el.style.getPropertyValue(property.name) || property.default || '';
  control.dataset.cssProperty = property.name;
  control.addEventListener('input', () => {
    const value = control.value.trim();
    if (!value || value === property.default) el.style.removeProperty(property.name);
    else el.style.setProperty(property.name, value);
    if (!el.getAttribute('style')) el.removeAttribute('style');
    changed();
  });
  return row(property.name, control, property.description);
}

/** The control of a part: CSS declarations for `::part(name)`, in a rule of the page's own. */
function partControl(el, part, rules, changed) {
  const control = document.createElement('input');
  control.type = 'text';
  control.placeholder = 'e.g. font-style: italic';
  control.dataset.part = part.name;
  control.addEventListener('input', () => {
    rules.set(part.name, control.value.trim());
    changed();
  });
  return row(`::part(${part.name})`, control, part.description);
}

/**
 * Fills `form` with the controls of `el` as `decl` (its manifest declaration) documents them.
 * `changed` runs after each edit. Returns the CSS of the parts' rules, for the page to apply.
 */
export function buildControls(form, el, decl, changed) {
  form.replaceChildren();
  const rules = new Map();
  const partsStyle = document.getElementById('part-rules') ?? document.head.appendChild(Object.assign(document.createElement('style'), {id: 'part-rules'}));
  const selector = el.id ? `#${el.id}` : `#canvas ${el.localName}`;
  const onChange = () => {
    partsStyle.textContent = [...rules].filter(([, css]) => css).map(([name, css]) => `${selector}::part(${name}) { ${css} }`).join('\n');
    changed();
  };
  partsStyle.textContent = '';
  const sections = [
    ['Attributes and properties', true, fieldsOf(decl).map((f) => fieldControl(el, f, onChange))],
    ['Slots', false, (decl.slots ?? []).map((s) => slotControl(el, s, onChange))],
    ['CSS custom properties', false, (decl.cssProperties ?? []).map((p) => cssPropertyControl(el, p, onChange))],
    ['Parts', false, (decl.cssParts ?? []).map((p) => partControl(el, p, rules, onChange))],
  ];
  for (const [title, open, rows] of sections) {
    const details = group(title, open);
    const grid = document.createElement('div');
    grid.className = 'knobs';
    grid.append(...rows);
    details.append(grid);
    form.append(details);
  }
}
