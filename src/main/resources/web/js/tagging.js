// Tagging a citation X / Y / A: one key or click tags it at once (kept on the server), then a small
// editor takes the note, the claims it concerns and the further ST.14 categories (X,E; Y,P; A,D);
// Enter saves, Esc closes. In a case, the server warns when the document's dates make it no plain
// prior art; the warning shows at once and stays with the tag.

import {el, toast} from './dom.js';
import {tagOf, emit} from './state.js';
import {tag, untag, showError} from './session.js';

const LABELS = {X: 'X — particularly relevant alone', Y: 'Y — relevant combined with another', A: 'A — background'};
const EXTRA = {E: 'E — earlier patent document, published on or after the filing date', P: 'P — intermediate document',
  D: 'D — cited in the application', L: 'L — cited for other reasons', O: 'O — non-written disclosure', T: 'T — theory or principle'};

/** The further letters of a tag ("X,E" → ["E"]). */
function extras(t) {
  return String(t && t.categories || '').split(',').filter(c => c && !'XYA'.includes(c));
}

function warn(t) {
  if (t.warning) toast('Date warning: ' + t.warning, 'error');
}

export async function tagEditor(container, number, category) {
  const before = tagOf(number);
  let t;
  try {
    const keep = before ? extras(before) : [];
    t = await tag(number, [category, ...keep].join(','), before ? before.note : '', before ? before.claims : '');
  } catch (e) {
    showError(e);
    return;
  }
  if (t.warning) warn(t); else toast(`${t.publication_number} tagged ${t.categories || t.category}`);
  openEditor(container, t);
}

/** The note editor under a hit or in the document view (one at a time). */
export function openEditor(container, t) {
  document.querySelectorAll('.tag-editor').forEach(e => e.remove());
  if (!container || !container.isConnected) {
    container = document.querySelector(`[data-number="${CSS.escape(t.publication_number)}"]`);
    if (!container) return;
  }
  const note = el('textarea', {class: 'note', rows: 2, maxLength: 4000, placeholder: 'Note: which passage, why (e.g. col. 3, l. 12: anode of porous Si)', aria: {label: 'Note'}});
  note.value = t.note || '';
  const claims = el('input', {type: 'text', class: 'claims', maxLength: 200, placeholder: 'claims, e.g. 1-3, 5', aria: {label: 'Relevant claims'}});
  claims.value = t.claims || '';
  const category = el('select', {class: 'category', aria: {label: 'Category'}},
    ['X', 'Y', 'A'].map(c => el('option', {value: c, selected: c === t.category}, LABELS[c])));
  const had = extras(t);
  const boxes = Object.keys(EXTRA).map(c => el('label', {class: 'check', title: EXTRA[c]},
    el('input', {type: 'checkbox', class: 'extra-category', value: c, checked: had.includes(c)}), ' ' + c));
  const warning = el('p', {class: 'tag-warning', role: 'alert', hidden: !t.warning}, t.warning ? 'Date warning: ' + t.warning : '');
  const close = () => { editor.remove(); emit('tag-editor-closed'); };
  const save = async () => {
    try {
      const letters = [category.value, ...boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value)];
      const saved = await tag(t.publication_number, letters.join(','), note.value, claims.value);
      if (saved.warning) warn(saved); else toast('Saved: ' + t.publication_number + ' ' + saved.categories);
      close();
    } catch (e) {
      showError(e);
      if (e.details && e.details.parameter === 'claims') claims.focus();
    }
  };
  const editor = el('form', {class: 'tag-editor', aria: {label: 'Tag of ' + t.publication_number},
    on: {submit: e => { e.preventDefault(); save(); }, keydown: e => {
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(); container.focus?.(); }
      if (e.key === 'Enter' && !e.shiftKey && e.target === note) { e.preventDefault(); save(); }
    }}},
  category, el('span', {class: 'extra-categories'}, boxes), claims, note, warning,
  el('div', {class: 'buttons'},
    el('button', {type: 'submit', class: 'primary'}, 'Save note'),
    el('button', {type: 'button', on: {click: async () => {
      try { await untag(t.publication_number); toast('Tag removed'); close(); } catch (e) { showError(e); }
    }}}, 'Remove tag'),
    el('button', {type: 'button', on: {click: close}}, 'Close')));
  container.append(editor);
  note.focus();
}
