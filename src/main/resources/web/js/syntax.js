// The query's syntax error, underlined in the query box where the API says it is (counting
// characters as a person does: an emoji is one), and the message under the box.

import {el, clear, fill} from './dom.js';

/** The end of the character at pos: two UTF-16 units for a surrogate pair (an emoji), else one. */
function charEnd(s, pos) {
  if (pos >= s.length) return pos;
  const c = s.charCodeAt(pos);
  return c >= 0xD800 && c <= 0xDBFF && pos + 1 < s.length ? pos + 2 : pos + 1;
}

/** The start of the character that holds pos: one back when pos is the second half of a surrogate pair. */
function charStart(s, pos) {
  const c = s.charCodeAt(pos);
  return pos > 0 && c >= 0xDC00 && c <= 0xDFFF ? pos - 1 : pos;
}

export function showSyntaxError(form, e) {
  const query = form.query.value;
  // The API's position counts UTF-16 units (as JavaScript does) in the query as sent, which was trimmed.
  const offset = query.length - query.trimStart().length;
  const pos = Math.max(0, Math.min(offset + (Number(e.details.position) || 0), query.length));
  const end = charEnd(query, pos);
  const character = [...query.slice(0, pos)].length + 1; // as a person counts: from 1, an emoji is one
  // Positions inside the API's wording count the same way as the heading.
  const problem = String(e.details.problem || e.message)
    .replace(/\bposition (\d+)/g, (_, n) => 'character ' + ([...query.slice(0, offset + Number(n))].length + 1));
  // The backdrop holds the same text as the box, in the same font and wrapping, transparent; only the
  // character at the position (a space at the very end) is visible, as a wavy underline under the box's text.
  fill(form.backdrop, 
    document.createTextNode(query.slice(0, pos)),
    el('span', {class: 'syntax-error', id: 'syntax-error-mark'}, pos < query.length ? query.slice(pos, end) : ' '),
    document.createTextNode(query.slice(end) + '\n'));
  form.backdrop.scrollTop = form.query.scrollTop;
  form.query.setAttribute('aria-invalid', 'true');
  form.query.closest('.query-wrap').classList.add('invalid');
  const box = document.getElementById('q-error');
  fill(box, 
    el('strong', {}, 'Syntax error at character ' + character + ': '), problem,
    el('code', {class: 'context'}, query.slice(charStart(query, Math.max(0, pos - 30)), pos),
      el('span', {class: 'syntax-error'}, pos < query.length ? query.slice(pos, end) : '␣'),
      query.slice(end, charStart(query, Math.min(query.length, end + 30)))));
  box.hidden = false;
  form.query.focus();
  form.query.setSelectionRange(pos, end);
}

export function clearSyntaxError(form) {
  if (!form.query.hasAttribute('aria-invalid')) return;
  form.query.removeAttribute('aria-invalid');
  form.query.closest('.query-wrap').classList.remove('invalid');
  clear(form.backdrop);
  const box = document.getElementById('q-error');
  clear(box);
  box.hidden = true;
}
