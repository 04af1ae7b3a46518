// The claim chart: a claim (typed, pasted, or taken from the open document) split into its elements
// by the server's rule (the examiner may edit the elements and chart again), and for each element
// the passage of each charted document that matches it best, with its score: the keyword passage
// with the element's words marked, and the embedded passage nearest in meaning with its cosine.

import {put, seg} from './api.js';
import {state, emit, on, normal, toggleChart} from './state.js';
import {el, clear, fill, highlighted, fixed, shorten, toast} from './dom.js';
import {showError, changed} from './session.js';

let view;
let claimBox;
let docsBox;
let addBox;
let modeSelect;
let elementsBox;
let tableBox;
let claimSource;

export function chartView() {
  if (view) return view;
  claimBox = el('textarea', {id: 'chart-claim', rows: 6, placeholder: '1. A lithium ion battery comprising: an anode of porous silicon particles; and a carbon coating on the particles, wherein …'});
  claimSource = el('select', {id: 'chart-claim-source', aria: {label: 'Take a claim of the open document'}});
  claimSource.addEventListener('change', () => {
    const c = state.doc && state.doc.claims[Number(claimSource.value)];
    if (c) claimBox.value = String(c.number) + '. ' + c.text.replace(/^\s*\d+\s*[.)]\s*/, '');
  });
  docsBox = el('ul', {class: 'chart-docs', aria: {label: 'Documents to chart'}});
  addBox = el('input', {type: 'text', id: 'chart-add', placeholder: 'US7900001B2', spellcheck: false, aria: {label: 'Add a document by number'}});
  modeSelect = el('select', {id: 'chart-mode'}, ['hybrid', 'keyword', 'semantic'].map(m => el('option', {value: m}, m)));
  elementsBox = el('section', {class: 'elements', aria: {label: 'Claim elements'}});
  tableBox = el('section', {class: 'chart-table', id: 'chart-result', aria: {live: 'polite'}});

  view = el('div', {class: 'chart-view'},
    el('form', {class: 'chart-form no-print', on: {submit: e => { e.preventDefault(); chart(); }}},
      el('div', {class: 'claim-col'},
        el('label', {for: 'chart-claim', class: 'big'}, 'Claim'),
        el('div', {class: 'from-doc'}, claimSource),
        claimBox,
        el('details', {class: 'help'}, el('summary', {}, 'How the claim is split into elements'),
          el('ol', {},
            el('li', {}, 'A leading claim number ("1.") is dropped.'),
            el('li', {}, 'The preamble runs up to and including the first transition: "comprising", "comprises", "consisting (essentially) of", "characterized in that / by", "including:". Without one, up to the first "wherein" (a dependent claim).'),
            el('li', {}, 'The rest is split at semicolons and line breaks, and before every "wherein" or "whereby".'),
            el('li', {}, 'A trailing "and" / "or" and punctuation are trimmed; a one-word piece joins the element before it.'),
            el('li', {}, 'At most 30 elements. Edit the elements below and chart again to split differently.')))),
      el('div', {class: 'docs-col'},
        el('span', {class: 'big', id: 'chart-docs-label'}, 'Documents (up to 10)'),
        docsBox,
        el('div', {class: 'add-doc'}, addBox, el('button', {type: 'button', on: {click: addTyped}}, 'Add')),
        el('div', {class: 'buttons'},
          el('button', {type: 'button', on: {click: () => takeTop(5)}}, 'Top 5 hits'),
          el('button', {type: 'button', on: {click: takeTagged}}, 'Tagged X / Y'),
          el('button', {type: 'button', on: {click: () => { state.chartHits = []; emit('chart-hits'); }}}, 'None')),
        el('label', {for: 'chart-mode'}, 'Ranking'), modeSelect,
        el('div', {class: 'buttons'}, el('button', {type: 'submit', class: 'primary', id: 'chart-button'}, 'Chart the claim')))),
    elementsBox, tableBox);
  addBox.addEventListener('keydown', e => { if (e.key === 'Enter') { e.preventDefault(); addTyped(); } });
  on('chart-hits', renderDocs);
  on('chart-claim', () => { claimBox.value = state.chartClaim; });
  on('document', renderSource);
  // The chart is the session's: a reload, a session switch or another tab shows the kept one.
  on('session', restore);
  on('session-refreshed', restore);
  renderDocs();
  renderSource();
  restore();
  return view;
}

/** Shows the session's kept chart (its claim, elements, documents and table). */
function restore() {
  const kept = state.session && state.session.chart;
  if (!kept) {
    clear(elementsBox);
    clear(tableBox);
    return;
  }
  if (kept.claim) claimBox.value = kept.claim;
  if (!state.chartHits.length || state.chartHitsFrom !== state.session.id) {
    state.chartHits = [...kept.hits];
    state.chartHitsFrom = state.session.id;
    renderDocs();
  }
  if ([...modeSelect.options].some(o => o.value === kept.mode)) modeSelect.value = kept.mode;
  renderElements(kept.result);
  renderTable(kept);
}

export function showChart() {
  chartView();
  if (state.chartClaim && !claimBox.value) claimBox.value = state.chartClaim;
  if (!state.chartHits.length && state.result) takeTop(5);
  renderDocs();
  renderSource();
}

function renderSource() {
  if (!claimSource) return;
  clear(claimSource);
  const d = state.doc;
  if (!d || !(d.claims || []).length) {
    claimSource.append(el('option', {value: ''}, 'Open a document to take one of its claims'));
    claimSource.disabled = true;
    return;
  }
  claimSource.disabled = false;
  claimSource.append(el('option', {value: ''}, `Take a claim of ${d.publication_number}…`));
  d.claims.forEach((c, i) => claimSource.append(el('option', {value: i},
    `Claim ${c.number}${(c.depends_on || []).length ? '' : ' (independent)'}: ${shorten(c.text, 70)}`)));
}

function renderDocs() {
  if (!docsBox) return;
  clear(docsBox);
  if (!state.chartHits.length) {
    docsBox.append(el('li', {class: 'empty'}, 'No documents yet: add the top hits, the tagged ones, or a number.'));
  }
  for (const n of state.chartHits) {
    docsBox.append(el('li', {}, el('span', {class: 'number'}, n),
      el('button', {type: 'button', class: 'link', aria: {label: 'Remove ' + n}, on: {click: () => toggleChart(n)}}, '×')));
  }
}

function takeTop(n) {
  const hits = state.result ? state.result.hits.slice(0, n) : [];
  if (!hits.length) { toast('Search first: the top hits are charted', 'error'); return; }
  state.chartHits = hits.map(h => h.publication_number);
  emit('chart-hits');
}

function takeTagged() {
  const tags = (state.session ? state.session.tags : []).filter(t => t.category !== 'A').slice(0, 10);
  if (!tags.length) { toast('No documents tagged X or Y in this session', 'error'); return; }
  state.chartHits = tags.map(t => t.publication_number);
  emit('chart-hits');
}

function addTyped() {
  const n = addBox.value.trim();
  if (!n) return;
  if (state.chartHits.some(x => normal(x) === normal(n))) { addBox.value = ''; return; }
  if (!toggleChart(n)) toast('A chart has at most 10 documents', 'error');
  addBox.value = '';
}

/** Charts the claim (split by the server) or, when given, the examiner's own elements. */
async function chart(elements) {
  const claim = claimBox.value.trim();
  if (!elements && !claim) { toast('Write, paste or take a claim first', 'error'); claimBox.focus(); return; }
  if (!state.chartHits.length) { toast('Add documents to chart', 'error'); return; }
  const request = {hits: state.chartHits, mode: modeSelect.value};
  if (elements) request.elements = elements; else request.claim = claim;
  const button = document.getElementById('chart-button');
  button.disabled = true;
  fill(tableBox, el('p', {class: 'loading'}, 'Charting…'));
  try {
    const id = state.session.id;
    const kept = await put('/api/v1/sessions/' + seg(id) + '/chart', request);
    if (state.session && state.session.id === id) state.session = {...state.session, chart: kept};
    state.chartHitsFrom = id;
    renderElements(kept.result);
    renderTable(kept);
    emit('chart');
    changed(id);
  } catch (e) {
    fill(tableBox, el('p', {class: 'error'}, e.message));
    if (e.details && e.details.parameter === 'hits') showError(e);
  } finally {
    button.disabled = false;
  }
}

/**
 * The elements, editable: each box is an element (a line break in a box splits it in two when
 * charted), and elements can be added, merged with the next, moved and removed.
 */
function renderElements(result) {
  clear(elementsBox);
  let texts = result.elements.map(e => e.text);
  const list = el('ol', {class: 'element-list'});
  const draw = () => {
    clear(list);
    texts.forEach((text, i) => {
      const t = el('textarea', {rows: 2, class: 'element-text', aria: {label: 'Element ' + (i + 1)}});
      t.value = text;
      t.addEventListener('input', () => { texts[i] = t.value; });
      const act = (label, title, fn, disabled) => el('button', {type: 'button', class: 'link', title, disabled, on: {click: () => { fn(); draw(); }}}, label);
      list.append(el('li', {},
        t,
        el('span', {class: 'element-actions'},
          act('↑', 'Move up', () => { [texts[i - 1], texts[i]] = [texts[i], texts[i - 1]]; }, i === 0),
          act('↓', 'Move down', () => { [texts[i + 1], texts[i]] = [texts[i], texts[i + 1]]; }, i === texts.length - 1),
          act('Merge ↓', 'Merge with the next element', () => { texts.splice(i, 2, texts[i] + ' ' + texts[i + 1]); }, i === texts.length - 1),
          act('×', 'Remove this element', () => { texts.splice(i, 1); }, texts.length === 1))));
    });
  };
  draw();
  elementsBox.append(
    el('details', {class: 'element-editor no-print', open: true},
      el('summary', {}, `${result.elements.length} elements — edit, split (a line break), merge, add, reorder; then chart again`),
      list,
      el('div', {class: 'buttons'},
        el('button', {type: 'button', id: 'add-element', on: {click: () => { texts.push(''); draw(); list.lastChild.querySelector('textarea').focus(); }}}, 'Add an element'),
        el('button', {type: 'button', id: 'chart-elements', on: {click: () => chart(texts.flatMap(v => v.split(/\n+/)).map(v => v.trim()).filter(Boolean))}}, 'Chart these elements'),
        el('button', {type: 'button', on: {click: () => chart()}}, 'Split the claim again'))));
}

function renderTable(kept) {
  clear(tableBox);
  const result = kept.result;
  if (result.notes.length) tableBox.append(el('ul', {class: 'notes'}, result.notes.map(n => el('li', {}, n))));
  tableBox.append(chartTable(result, kept, true));
}

/**
 * The best cell of a row by absolute evidence, not by a score relative to the other charted
 * documents: the highest cosine of the passage (BM25 in keyword mode), and none when no cell has
 * evidence at all.
 */
function bestOf(cells, mode) {
  let best = -1;
  let value = -Infinity;
  cells.forEach((c, i) => {
    const v = mode === 'keyword' ? c.keyword?.score : c.semantic?.score ?? c.keyword?.score;
    if (c.rank && v !== undefined && v !== null && v > value) { value = v; best = i; }
  });
  return best;
}

/** The chart as a table: elements down, documents across (also used by the report). */
export function chartTable(result, kept, editable) {
  const seen = new Map(); // per document, the semantic passage already shown above (an abstract-only document has one)
  return el('table', {class: 'chart', id: 'claim-chart'},
    el('caption', {}, `Claim chart · ranked ${result.mode} · best passage per element and document`),
    el('thead', {}, el('tr', {},
      el('th', {scope: 'col', class: 'element-col'}, 'Element'),
      result.hits.map(h => el('th', {scope: 'col'},
        el('a', {href: '#/doc/' + encodeURIComponent(h.publication_number)}, h.publication_number),
        el('span', {class: 'doc-title'}, shorten(h.title || '', 60)),
        h.publication_date ? el('span', {class: 'hint'}, h.publication_date) : null)))),
    el('tbody', {}, result.elements.map((e, row) => {
      const best = bestOf(e.cells, result.mode);
      return el('tr', {},
        el('th', {scope: 'row', class: 'element'}, el('span', {class: 'label'}, e.label), ' ', e.text),
        e.cells.map((c, i) => cell(c, i === best, seen, kept, row, editable)));
    })));
}

function citedOf(kept, row, number) {
  return kept ? (kept.cited || []).find(x => x.element === row && normal(x.publication_number) === normal(number)) : null;
}

function cell(c, best, seen, kept, row, editable) {
  const cited = citedOf(kept, row, c.publication_number);
  const citeButton = editable ? el('button', {type: 'button', class: 'link cite-button no-print', title: 'Write the passage you cite and where it is',
    on: {click: ev => citeForm(ev.target.closest('td'), kept, row, c.publication_number, cited)}}, cited ? 'Edit citation' : 'Cite') : null;
  if (cited) {
    return el('td', {class: ['cell', 'cited']},
      el('div', {class: 'cited-passage'}, el('span', {class: 'where'}, 'Cited · ' + cited.location), el('span', {class: 'text'}, cited.passage)),
      el('div', {class: 'evidence'}, evidence(c)), citeButton);
  }
  if (!c.rank) return el('td', {class: 'none'}, el('span', {class: 'hint'}, 'no match'), citeButton);
  const sem = c.semantic;
  const repeated = sem && seen.get(c.publication_number) === sem.location + '\u0000' + sem.text;
  if (sem) seen.set(c.publication_number, sem.location + '\u0000' + sem.text);
  return el('td', {class: ['cell', best && 'best']},
    el('div', {class: 'cell-head'}, el('span', {class: 'evidence', title: 'Absolute evidence of the passages: BM25 of the words, cosine of the meaning'}, evidence(c)),
      el('span', {class: 'rank', title: 'Rank among the charted documents for this element'}, '#' + c.rank)),
    c.keyword ? passage('kw', c.keyword, `${c.keyword.location}` + (c.keyword.score !== undefined ? ` · BM25 ${fixed(c.keyword.score, 2)}` : ''),
      highlighted(c.keyword.text, c.keyword.highlights)) : null,
    sem && repeated ? el('div', {class: 'chart-passage sem same'}, el('span', {class: 'where'},
      `Meaning · the same ${sem.location} as above (its only embedded passage) · cos ${fixed(sem.score, 3)}`)) :
      sem && !(c.keyword && c.keyword.location === sem.location && c.keyword.text === sem.text)
        ? passage('sem', sem, `${sem.location} · cos ${fixed(sem.score, 3)}`, sem.text) : null,
    citeButton);
}

function evidence(c) {
  const parts = [];
  if (c.keyword && c.keyword.score !== undefined && c.keyword.score !== null) parts.push('BM25 ' + fixed(c.keyword.score, 2));
  if (c.semantic && c.semantic.score !== undefined && c.semantic.score !== null) parts.push('cos ' + fixed(c.semantic.score, 3));
  return parts.length ? parts.join(' · ') : 'no match';
}

/** The examiner's own cell: the passage cited and where (col. 3, l. 12-20 or [0042]); kept in the session. */
function citeForm(td, kept, row, number, cited) {
  document.querySelectorAll('.cite-form').forEach(f => f.remove());
  const text = el('textarea', {class: 'cite-passage', rows: 3, maxLength: 4000, aria: {label: 'Cited passage'}, placeholder: 'The passage you cite'});
  const where = el('input', {type: 'text', class: 'cite-location', maxLength: 200, aria: {label: 'Location'}, placeholder: 'col. 3, l. 12-20 or [0042]'});
  text.value = cited ? cited.passage : '';
  where.value = cited ? cited.location : '';
  const form = el('form', {class: 'cite-form no-print', on: {submit: async e => {
    e.preventDefault();
    try {
      const id = state.session.id;
      const saved = await put('/api/v1/sessions/' + seg(id) + '/chart/cells',
        {element: row, publication_number: number, passage: text.value, location: where.value});
      if (state.session && state.session.id === id) state.session = {...state.session, chart: saved};
      renderTable(saved);
      changed(id);
    } catch (x) {
      showError(x);
    }
  }}}, text, where, el('div', {class: 'buttons'}, el('button', {type: 'submit', class: 'primary'}, 'Save citation'),
    el('button', {type: 'button', on: {click: () => form.remove()}}, 'Cancel')));
  td.append(form);
  text.focus();
}

function passage(kind, p, where, content) {
  const box = el('div', {class: 'chart-passage ' + kind, tabIndex: 0, title: 'Click to show all of it',
    on: {click: () => box.classList.toggle('open'), keydown: e => { if (e.key === 'Enter') box.classList.toggle('open'); }}},
  el('span', {class: 'where'}, (kind === 'kw' ? 'Words · ' : 'Meaning · ') + where),
  el('span', {class: 'text'}, content));
  return box;
}
