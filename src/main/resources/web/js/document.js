// The document view: bibliographic data, abstract, numbered claims (independent ones marked),
// description paragraphs, the search's matches marked (ranges from /patents/{id}/highlights, so
// stems, phrases and proximity are marked as the search matched them), tagging, "find similar"
// with the prior-art rule, and the way into the claim chart.

import {get, post, seg} from './api.js';
import {state, emit, tagOf, isCharted, toggleChart, normal} from './state.js';
import {el, clear, fill, highlighted, toast} from './dom.js';
import {showError} from './session.js';
import {tagEditor, openEditor} from './tagging.js';
import {findSimilar, select, searchClass, searchAmong} from './search.js';

let view;
let body;
let marksOn = true;
let current = null;      // {doc, highlights: Map}
let loading = null;

export function docView() {
  if (view) return view;
  body = el('article', {class: 'document', aria: {live: 'polite'}});
  view = el('div', {class: 'doc-view'}, body);
  return view;
}

export async function openDocument(number) {
  docView();
  if (!number) {
    if (current) { render(); return; }
    fill(body, el('p', {class: 'empty'}, 'Open a hit from the results (Enter), or follow a publication number.'));
    return;
  }
  if (current && normal(current.doc.publication_number) === normal(number) && current.search === state.search) {
    render();
    return;
  }
  const token = loading = {};
  fill(body, el('p', {class: 'loading'}, 'Loading ' + number + '…'));
  try {
    const doc = await get('/api/v1/patents/' + seg(number));
    const highlights = await matches(number);
    if (token !== loading) return;
    current = {doc, highlights, search: state.search};
    state.doc = doc;
    render();
    emit('document', doc);
    citedBy(doc.publication_number, token).catch(e => toast('Forward citations not shown: ' + e.message, 'error'));
  } catch (e) {
    if (token !== loading) return;
    fill(body, el('p', {class: 'error'}, e.message));
  }
}

/** The current search's matches in the document, by "field:index" (none without a query or text). */
async function matches(number) {
  const s = state.search;
  const out = new Map();
  if (!s || s.similar || (!s.query && !s.text)) return out;
  const request = {};
  if (s.query) request.query = s.query;
  if (s.text) request.text = s.text;
  try {
    const r = await post('/api/v1/patents/' + seg(number) + '/highlights', request);
    for (const f of r.fields) out.set(f.field + ':' + f.value_index, f.highlights);
  } catch (e) {
    toast('Matches not marked: ' + e.message, 'error');
  }
  return out;
}

function text(field, index, value) {
  const ranges = marksOn ? current.highlights.get(field + ':' + index) : null;
  return ranges ? highlighted(value, ranges) : document.createTextNode(String(value ?? ''));
}

function render() {
  const d = current.doc;
  const tag = tagOf(d.publication_number);
  const hits = state.result ? state.result.hits : [];
  const at = hits.findIndex(h => normal(h.publication_number) === normal(d.publication_number));
  const marks = [...current.highlights.values()].reduce((n, r) => n + r.length, 0);
  const claims = d.claims || [];
  const independent = claims.filter(c => !c.depends_on || c.depends_on.length === 0);
  const ruleSelect = el('select', {id: 'similar-rule', aria: {label: 'Prior-art rule'}},
    el('option', {value: 'effective', title: 'Also patent documents filed before its priority date and published after it (E)'}, 'effective (+ E)'),
    el('option', {value: 'published', title: 'Only documents published before its priority date'}, 'published'));

  fill(body, 
    el('div', {class: 'doc-nav no-print'},
      el('a', {href: '#/search'}, '← Results'),
      at >= 0 ? el('span', {}, `Hit ${hits[at].rank}`,
        el('button', {type: 'button', disabled: at === 0, on: {click: () => step(-1)}, title: 'Previous hit ([)'}, '‹'),
        el('button', {type: 'button', disabled: at === hits.length - 1, on: {click: () => step(1)}, title: 'Next hit (])'}, '›')) : null),
    el('header', {class: 'doc-head', dataset: {number: d.publication_number}},
      el('h2', {}, el('span', {class: 'number'}, d.publication_number), ' ', el('span', {class: 'doc-title'}, text('title', 0, d.title || '(no title)'))),
      el('div', {class: 'doc-actions no-print'},
        el('span', {class: 'label'}, 'Tag'),
        ['X', 'Y', 'A'].map(c => el('button', {type: 'button', class: ['tag-button', 'cat-' + c, tag && tag.category === c && 'on'],
          aria: {pressed: !!(tag && tag.category === c)}, on: {click: () => tagDoc(c)}}, c)),
        tag && tag.note ? el('span', {class: 'note-view', title: 'Note'}, '“' + tag.note + '”') : null,
        el('button', {type: 'button', class: 'chart-button', aria: {pressed: isCharted(d.publication_number)},
          on: {click: () => { if (toggleChart(d.publication_number)) render(); else toast('A chart has at most 10 documents', 'error'); }}},
        isCharted(d.publication_number) ? 'In chart ✓' : 'Add to chart'),
        el('a', {class: 'button', id: 'side-by-side-link', href: '#/side/' + encodeURIComponent(d.publication_number),
          title: 'The claim under examination beside this document, element by element'}, 'Side by side'),
        el('span', {class: 'similar'},
          el('button', {type: 'button', id: 'find-similar', on: {click: () => findSimilar(d.publication_number, ruleSelect.value)},
            title: 'Its title, abstract and independent claims as the query; only prior art against its priority date (s)'}, 'Find similar'),
          ruleSelect)),
      el('div', {class: 'marks no-print'},
        el('label', {class: 'check'}, el('input', {type: 'checkbox', id: 'marks-toggle', checked: marksOn,
          on: {change: e => { marksOn = e.target.checked; render(); }}}), ' Mark the search\'s matches'),
        current.highlights.size ? el('span', {}, ` (${marks} in ${current.highlights.size} places) `,
          el('button', {type: 'button', on: {click: nextMark}, title: 'Next match (m)'}, 'Next match ↓')) : el('span', {class: 'hint'}, ' (no search, or nothing matched)'))),
    biblio(d),
    d.abstract ? el('section', {class: 'abstract'}, el('h3', {}, 'Abstract'), el('p', {}, text('abstract', 0, d.abstract))) : null,
    claims.length ? el('section', {class: 'claims'},
      el('h3', {}, `Claims (${claims.length}, ${independent.length} independent)`),
      el('ol', {class: 'claim-list'}, claims.map((c, i) => {
        const indep = !c.depends_on || c.depends_on.length === 0;
        return el('li', {class: ['claim', indep && 'independent'], value: c.number, id: 'claim-' + c.number},
          el('div', {class: 'claim-head'},
            // Many texts start with their own number ("1. A battery ..."): it is not said twice. The text
            // itself is left as it is, since the highlights are offsets into it.
            new RegExp('^\\s*' + c.number + '\\s*[.)]').test(c.text || '') ? null : el('span', {class: 'claim-number'}, String(c.number) + '.'),
            indep ? el('span', {class: 'badge indep'}, 'independent') : el('span', {class: 'depends'}, '→ claim ' + c.depends_on.join(', ')),
            el('button', {type: 'button', class: 'link no-print', title: 'Chart this claim against the charted documents',
              on: {click: () => chartClaim(c)}}, 'Chart this claim')),
          el('p', {}, text('claims', i, c.text)));
      }))) : null,
    (d.description || []).length ? el('section', {class: 'description'}, el('h3', {}, 'Description'),
      d.description.map((p, i) => [
        // Sections repeat their heading on every paragraph: show it where it changes.
        p.heading && p.heading !== (d.description[i - 1] || {}).heading ? el('h4', {}, p.heading) : null,
        el('p', {class: 'para', id: 'para-' + (p.number ?? i + 1)},
          el('span', {class: 'para-number'}, '[' + String(p.number ?? i + 1).padStart(4, '0') + ']'), ' ', text('description', i, p.text))])) : null,
    (d.citations || []).length ? el('section', {class: 'citations'}, el('h3', {}, 'Citations ', amongButton(d.publication_number, 'backward')),
      el('ul', {}, d.citations.map(c => el('li', {},
        c.number ? el('a', {href: '#/doc/' + encodeURIComponent(c.number)}, c.number) : c.text,
        c.cited_by ? el('span', {class: 'hint'}, ' (' + c.cited_by + ')') : null)))) : null);
}

/** "Search among these": the current search, restricted to one side of the document's citations. */
function amongButton(number, citations) {
  return el('button', {type: 'button', class: 'link among no-print', dataset: {among: citations},
    title: 'Run the current search among these documents (those in the collection), as a set of the case',
    on: {click: () => searchAmong(number, citations)}}, 'search among these');
}

/** The collection's forward citations of the document: the documents whose citations name it, as links. */
async function citedBy(number, token) {
  const r = await get('/api/v1/patents/' + seg(number) + '/cited-by');
  if (token !== loading || !body.isConnected) return;
  body.append(el('section', {class: 'cited-by', id: 'cited-by'}, el('h3', {}, `Cited by (in this collection): ${r.total} `,
    r.total ? amongButton(number, 'forward') : null),
    r.cited_by.length ? el('ul', {}, r.cited_by.map(c => el('li', {},
      el('a', {href: '#/doc/' + encodeURIComponent(c.publication_number)}, c.publication_number),
      ' ', c.title || '', c.publication_date ? el('span', {class: 'hint'}, ' (' + c.publication_date + ')') : null)))
      : el('p', {class: 'empty'}, 'No document of the collection cites it.')));
}

function biblio(d) {
  const rows = [
    ['Publication number', d.publication_number],
    ['Application number', d.application_number],
    ['Published', d.publication_date],
    ['Filed', d.filing_date],
    ['Priority', d.priority_date],
    ['Applicants', (d.applicants || []).join('; ')],
    ['Inventors', (d.inventors || []).join('; ')],
    ['CPC', (d.cpc || []).length ? [d.cpc.map(c => el('button', {type: 'button', class: 'link cpc-link', dataset: {cpc: c},
      title: 'Its place in the CPC hierarchy, each level searchable', on: {click: () => showClass(c)}}, c)),
      el('nav', {class: 'cpc-place', id: 'cpc-place', aria: {label: 'CPC hierarchy'}, hidden: true})] : null],
    ['IPC', (d.ipc || []).join(' · ')],
    ['Family', d.family_id],
    ['Language', d.language],
  ].filter(([, v]) => v && (!Array.isArray(v) || v.length));
  return el('table', {class: 'biblio'}, el('tbody', {}, rows.map(([k, v]) => el('tr', {}, el('th', {scope: 'row'}, k), el('td', {}, v)))));
}

/**
 * A CPC code's place in the hierarchy, as a breadcrumb from the section down: each level searches
 * its class (with the case's cutoff, in a case), with its title where the data has one.
 */
async function showClass(code) {
  const box = document.getElementById('cpc-place');
  if (!box) return;
  try {
    const place = await get('/api/v1/cpc?symbol=' + encodeURIComponent(code));
    const titled = place.levels.some(l => l.title);
    fill(box, el('ol', {class: 'breadcrumb'}, place.levels.map(l => el('li', {},
      el('button', {type: 'button', class: 'link cpc-level', dataset: {level: l.level, prefix: l.prefix},
        title: 'Search this class: CPC=' + l.prefix, on: {click: () => searchClass(l.prefix)}}, l.symbol),
      l.title ? el('span', {class: 'cpc-title'}, ' ' + l.title) : null, el('span', {class: 'hint'}, ' (' + l.level + ')')))),
      titled ? null : el('p', {class: 'hint cpc-untitled'}, 'No titles: ' + place.titles + '.'));
    box.hidden = false;
  } catch (e) {
    showError(e);
  }
}

function step(direction) {
  const hits = state.result ? state.result.hits : [];
  const at = hits.findIndex(h => normal(h.publication_number) === normal(current?.doc.publication_number));
  const next = at + direction;
  if (at < 0 || next < 0 || next >= hits.length) return;
  select(next, false);
  location.hash = '#/doc/' + encodeURIComponent(hits[next].publication_number);
}

function nextMark() {
  const marks = [...body.querySelectorAll('mark')];
  if (!marks.length) return;
  // After the current mark, or, when none is current yet, the first one below the top of the window.
  const at = marks.findIndex(m => m.classList.contains('current'));
  const y = window.scrollY + 80;
  const next = at >= 0 ? marks[(at + 1) % marks.length]
    : marks.find(m => m.getBoundingClientRect().top + window.scrollY > y + 4) || marks[0];
  next.scrollIntoView({block: 'center'});
  marks.forEach(m => m.classList.remove('current'));
  next.classList.add('current');
}

async function tagDoc(category) {
  await tagEditor(body.querySelector('.doc-head'), current.doc.publication_number, category);
}

function chartClaim(claim) {
  state.chartClaim = String(claim.number) + '. ' + claim.text.replace(/^\s*\d+\s*[.)]\s*/, '');
  state.chartFrom = current.doc.publication_number;
  emit('chart-claim');
  location.hash = '#/chart';
}

/** Keys of the document view; true when handled. */
export function handleKey(e) {
  if (!current) return false;
  switch (e.key) {
    case 'x': case 'y': case 'a': case 'X': case 'Y': case 'A': tagDoc(e.key.toUpperCase()).catch(showError); return true;
    case ']': step(1); return true;
    case '[': step(-1); return true;
    case 's': findSimilar(current.doc.publication_number, document.getElementById('similar-rule')?.value || 'effective'); return true;
    case 'm': nextMark(); return true;
    case 'c': if (!toggleChart(current.doc.publication_number)) toast('A chart has at most 10 documents', 'error'); else render(); return true;
    default: return false;
  }
}

export function onTagsChanged() {
  if (current && view && view.isConnected) {
    const editorOpen = body.querySelector('.tag-editor');
    if (!editorOpen) render();
  }
}

export {openEditor};
