// The claim chart: a claim (typed, pasted, or taken from the open document) split into its elements
// by the server's rule (the examiner may edit the elements and chart again), and for each element
// the passage of each charted document that matches it best, with its score: the keyword passage
// with the element's words marked, and the embedded passage nearest in meaning with its cosine.

import {post} from './api.js';
import {state, emit, on, normal, toggleChart} from './state.js';
import {el, clear, fill, highlighted, fixed, shorten, toast} from './dom.js';
import {showError} from './session.js';

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
  renderDocs();
  renderSource();
  return view;
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
    const result = await post('/api/v1/claim-chart', request);
    state.chart = {claim: elements ? null : claim, result};
    renderElements(result);
    renderTable(result);
    emit('chart');
  } catch (e) {
    fill(tableBox, el('p', {class: 'error'}, e.message));
    if (e.details && e.details.parameter === 'hits') showError(e);
  } finally {
    button.disabled = false;
  }
}

function renderElements(result) {
  clear(elementsBox);
  const boxes = result.elements.map(e => {
    const t = el('textarea', {rows: 2, aria: {label: 'Element ' + e.label}});
    t.value = e.text;
    return t;
  });
  elementsBox.append(
    el('details', {class: 'element-editor no-print'},
      el('summary', {}, `${result.elements.length} elements — edit them and chart again`),
      el('ol', {}, boxes.map((t, i) => el('li', {}, el('span', {class: 'label'}, result.elements[i].label), t))),
      el('div', {class: 'buttons'},
        el('button', {type: 'button', on: {click: () => chart(boxes.map(b => b.value).filter(v => v.trim()))}}, 'Chart these elements'),
        el('button', {type: 'button', on: {click: () => chart()}}, 'Split the claim again'))));
}

function renderTable(result) {
  clear(tableBox);
  if (result.notes.length) tableBox.append(el('ul', {class: 'notes'}, result.notes.map(n => el('li', {}, n))));
  tableBox.append(chartTable(result));
}

/** The chart as a table: elements down, documents across (also used by the report). */
export function chartTable(result) {
  return el('table', {class: 'chart', id: 'claim-chart'},
    el('caption', {}, `Claim chart · ranked ${result.mode} · best passage per element and document`),
    el('thead', {}, el('tr', {},
      el('th', {scope: 'col', class: 'element-col'}, 'Element'),
      result.hits.map(h => el('th', {scope: 'col'},
        el('a', {href: '#/doc/' + encodeURIComponent(h.publication_number)}, h.publication_number),
        el('span', {class: 'doc-title'}, shorten(h.title || '', 60)),
        h.publication_date ? el('span', {class: 'hint'}, h.publication_date) : null)))),
    el('tbody', {}, result.elements.map(e => el('tr', {},
      el('th', {scope: 'row', class: 'element'}, el('span', {class: 'label'}, e.label), ' ', e.text),
      e.cells.map(c => cell(c))))));
}

function cell(c) {
  if (!c.rank) return el('td', {class: 'none'}, el('span', {class: 'hint'}, 'no match'));
  return el('td', {class: ['cell', c.rank === 1 && 'best']},
    el('div', {class: 'cell-head'}, el('span', {class: 'rank', title: 'Rank of this document for this element'}, '#' + c.rank),
      el('span', {class: 'score', title: 'The score it ranked by'}, fixed(c.score, 3))),
    c.keyword ? passage('kw', c.keyword, `${c.keyword.location}` + (c.keyword.score !== undefined ? ` · BM25 ${fixed(c.keyword.score, 2)}` : ''),
      highlighted(c.keyword.text, c.keyword.highlights)) : null,
    c.semantic && !(c.keyword && c.keyword.location === c.semantic.location && c.keyword.text === c.semantic.text)
      ? passage('sem', c.semantic, `${c.semantic.location} · cos ${fixed(c.semantic.score, 3)}`, c.semantic.text) : null);
}

function passage(kind, p, where, content) {
  const box = el('div', {class: 'chart-passage ' + kind, tabIndex: 0, title: 'Click to show all of it',
    on: {click: () => box.classList.toggle('open'), keydown: e => { if (e.key === 'Enter') box.classList.toggle('open'); }}},
  el('span', {class: 'where'}, (kind === 'kw' ? 'Words · ' : 'Meaning · ') + where),
  el('span', {class: 'text'}, content));
  return box;
}
