// Tagging a citation X / Y / A: one key or click tags it at once (kept on the server), then a small
// editor takes the note and the claims it concerns; Enter saves, Esc closes.

import {el, toast} from './dom.js';
import {tagOf, emit} from './state.js';
import {tag, untag, showError} from './session.js';

const LABELS = {X: 'X — particularly relevant alone', Y: 'Y — relevant combined with another', A: 'A — background'};

export async function tagEditor(container, number, category) {
  const before = tagOf(number);
  let t;
  try {
    t = await tag(number, category, before ? before.note : '', before ? before.claims : '');
  } catch (e) {
    showError(e);
    return;
  }
  toast(`${t.publication_number} tagged ${t.category}`);
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
  const close = () => { editor.remove(); emit('tag-editor-closed'); };
  const save = async () => {
    try {
      await tag(t.publication_number, category.value, note.value, claims.value);
      toast('Saved: ' + t.publication_number + ' ' + category.value);
      close();
    } catch (e) {
      showError(e);
    }
  };
  const editor = el('form', {class: 'tag-editor', aria: {label: 'Tag of ' + t.publication_number},
    on: {submit: e => { e.preventDefault(); save(); }, keydown: e => {
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(); container.focus?.(); }
      if (e.key === 'Enter' && !e.shiftKey && e.target === note) { e.preventDefault(); save(); }
    }}},
  category, claims, note,
  el('div', {class: 'buttons'},
    el('button', {type: 'submit', class: 'primary'}, 'Save note'),
    el('button', {type: 'button', on: {click: async () => {
      try { await untag(t.publication_number); toast('Tag removed'); close(); } catch (e) { showError(e); }
    }}}, 'Remove tag'),
    el('button', {type: 'button', on: {click: close}}, 'Close')));
  container.append(editor);
  note.focus();
}
