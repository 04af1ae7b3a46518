// Building the page safely. Patent text is untrusted: every text goes into the DOM as a text node
// (textContent), never as markup, and highlights are made from character ranges, never from HTML in
// the data. Nothing in this page uses innerHTML, insertAdjacentHTML or document.write.

const ALLOWED_PROPS = new Set(['id', 'type', 'value', 'title', 'name', 'placeholder', 'role', 'tabIndex', 'htmlFor',
  'checked', 'disabled', 'selected', 'min', 'max', 'step', 'rows', 'colSpan', 'scope', 'hidden', 'open', 'multiple',
  'spellcheck', 'autocomplete', 'required', 'maxLength', 'lang', 'start', 'reversed']);

/**
 * el('li', {class: 'hit', dataset: {n: 3}, on: {click: fn}, aria: {selected: true}}, 'text', child, ...)
 * Strings and numbers become text nodes; arrays are flattened; null and false are skipped.
 * Links may only point inside the page (#...) or to this server's paths (/...).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'dataset') Object.entries(value).forEach(([k, v]) => { node.dataset[k] = String(v); });
    else if (key === 'aria') Object.entries(value).forEach(([k, v]) => node.setAttribute('aria-' + k, String(v)));
    else if (key === 'on') Object.entries(value).forEach(([k, fn]) => node.addEventListener(k, fn));
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else if (key === 'download') node.setAttribute('download', String(value));
    else if (key === 'for') node.htmlFor = value;
    else if (ALLOWED_PROPS.has(key)) node[key] = value;
    else throw new Error('el: property not allowed: ' + key);
  }
  append(node, children);
  return node;
}

function safeHref(href) {
  const h = String(href);
  if (h.startsWith('#') || (h.startsWith('/') && !h.startsWith('//')) || h.startsWith('blob:')) return h;
  throw new Error('el: only links within this server are made');
}

export function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** Replaces a node's children (null and false skipped, texts as text nodes). */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

/**
 * Text with marked ranges: text nodes and <mark> elements. Ranges are [start, end) in UTF-16 units
 * (as the API gives them); ranges out of bounds, empty or overlapping an earlier one are skipped,
 * so bad ranges can never break or inject anything.
 */
export function highlighted(text, ranges, markClass = '') {
  const frag = document.createDocumentFragment();
  const s = String(text ?? '');
  const sorted = (ranges || [])
    .map(r => ({start: Number(r.start), end: Number(r.end)}))
    .filter(r => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end <= s.length && r.start < r.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    if (r.start > at) frag.append(document.createTextNode(s.slice(at, r.start)));
    const m = document.createElement('mark');
    if (markClass) m.className = markClass;
    m.textContent = s.slice(r.start, r.end);
    frag.append(m);
    at = r.end;
  }
  if (at < s.length) frag.append(document.createTextNode(s.slice(at)));
  return frag;
}

/** A number for people: 1234567 -> "1,234,567". */
export function num(n) {
  return Number(n).toLocaleString('en-US');
}

export function fixed(n, digits = 2) {
  return n === null || n === undefined || Number.isNaN(Number(n)) ? '–' : Number(n).toFixed(digits);
}

/** "2024-05-01T10:22:03.123Z" -> "2024-05-01 10:22" in local time. */
export function when(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso ?? '');
  const p = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A long text shortened for a list, at a word boundary. */
export function shorten(text, max = 160) {
  const s = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return s.slice(0, cut > max * 0.6 ? cut : max) + '…';
}

let toastTimer = null;
/** A short message at the bottom of the screen (errors stay until clicked). */
export function toast(message, kind = 'info') {
  const t = document.getElementById('toast');
  t.textContent = message;
  t.className = 'toast no-print ' + kind;
  t.hidden = false;
  clearTimeout(toastTimer);
  t.onclick = () => { t.hidden = true; };
  if (kind !== 'error') toastTimer = setTimeout(() => { t.hidden = true; }, 3500);
}

/** Triggers a download of text made here (CSV, the HTML report) without a round trip. */
export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const a = el('a', {href: url, download: filename, hidden: true});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
