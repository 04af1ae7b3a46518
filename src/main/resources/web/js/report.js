// The search report: the case header, the tagged citations (ST.14 categories with notes, the claims
// they concern and date warnings), the search strategy (every set of the session with its count and
// filters) and the kept claim chart, printable as it is (the print style sheet hides the rest of the
// page), and exported by the server (HTML, CSV), so every tab and every export reads the same session.

import {get, seg} from './api.js';
import {state, on} from './state.js';
import {el, clear, fill, when, num, download, shorten, toast} from './dom.js';
import {showError, refreshSession} from './session.js';
import {openEditor} from './tagging.js';
import {chartTable} from './chart.js';
import {filterWords} from './history.js';

const CATEGORIES = {
  X: 'particularly relevant if taken alone',
  Y: 'particularly relevant if combined with another document of the same category',
  A: 'technological background',
};

let view;
let paper;

export function reportView() {
  if (view) return view;
  paper = el('article', {class: 'report', id: 'report'});
  view = el('div', {class: 'report-view'},
    el('div', {class: 'report-actions no-print'},
      el('button', {type: 'button', class: 'primary', id: 'print-report', on: {click: () => window.print()}}, 'Print'),
      el('button', {type: 'button', id: 'export-citations', on: {click: () => csv('citations')}}, 'Citations (CSV)'),
      el('button', {type: 'button', id: 'export-strategy', on: {click: () => csv('strategy')}}, 'Search strategy (CSV)'),
      el('button', {type: 'button', id: 'export-html', on: {click: () => exported('report.html', 'text/html;charset=utf-8')}}, 'Report (HTML file)'),
      el('button', {type: 'button', id: 'export-report-csv', on: {click: () => exported('report.csv', 'text/csv;charset=utf-8')}}, 'Report (CSV)')),
    paper);
  on('session', render);
  on('tags', render);
  on('history', render);
  on('tag-editor-closed', render);
  on('session-refreshed', render);
  return view;
}

export function showReport() {
  reportView();
  render();
  // What another tab changed meanwhile (a tag, a chart) is read before the examiner prints it.
  refreshSession().catch(showError);
}

function render() {
  if (!paper || !state.session) return;
  const s = state.session;
  const order = {X: 0, Y: 1, A: 2};
  const tags = [...s.tags].sort((a, b) => (order[a.category] ?? 3) - (order[b.category] ?? 3));
  const c = s.case;
  fill(paper, 
    el('header', {},
      el('h2', {}, 'Search report'),
      el('dl', {class: 'report-meta', id: 'report-case'},
        el('dt', {}, 'Session'), el('dd', {}, s.name),
        c ? [el('dt', {}, 'Application'), el('dd', {}, c.number + (c.title ? ' — ' + c.title : '')),
          el('dt', {}, 'Priority date'), el('dd', {}, c.priority_date || 'none claimed'),
          el('dt', {}, 'Filing date'), el('dd', {}, c.filing_date || ''),
          el('dt', {}, 'Cutoff'), el('dd', {}, `${c.priority_date || c.filing_date} (${c.rule.toLowerCase()} rule)`)] : null,
        el('dt', {}, 'Made'), el('dd', {}, when(new Date().toISOString())),
        state.whoami && state.whoami.name ? [el('dt', {}, 'Examiner key'), el('dd', {}, state.whoami.name)] : null,
        el('dt', {}, 'Searches'), el('dd', {}, String(s.history.length ? s.history[s.history.length - 1].number : 0)),
        el('dt', {}, 'Citations'), el('dd', {}, String(s.tags.length)))),
    el('section', {},
      el('h3', {}, 'Documents considered to be relevant'),
      tags.length ? el('table', {class: 'citations', id: 'report-citations'},
        el('thead', {}, el('tr', {}, ['Category', 'Document', 'Published', 'Title', 'Relevant to claims', 'Note'].map(h => el('th', {scope: 'col'}, h)),
          el('th', {scope: 'col', class: 'no-print'}, el('span', {class: 'visually-hidden'}, 'Actions')))),
        el('tbody', {}, tags.map(t => el('tr', {class: 'cat-' + t.category, dataset: {number: t.publication_number}},
          el('td', {class: 'category'}, t.categories || t.category),
          el('td', {}, el('a', {href: '#/doc/' + encodeURIComponent(t.publication_number)}, t.publication_number),
            t.warning ? el('div', {class: 'tag-warning'}, '⚠ ' + t.warning) : null),
          el('td', {class: 'date'}, t.publication_date || ''),
          el('td', {}, t.title || ''),
          el('td', {}, t.claims || ''),
          el('td', {class: 'note'}, t.note || ''),
          el('td', {class: 'no-print'}, el('button', {type: 'button', class: 'link',
            on: {click: ev => openEditor(ev.target.closest('td'), t)}}, 'Edit')))))) :
        el('p', {class: 'empty'}, 'No citations tagged yet: tag hits X, Y or A in the results or the document view.'),
      el('dl', {class: 'legend-categories'}, Object.entries(CATEGORIES).map(([c, d]) => [el('dt', {}, c), el('dd', {}, d)]),
        el('dt', {}, 'E'), el('dd', {}, 'earlier patent document, published on or after the filing (priority) date'),
        el('dt', {}, 'P'), el('dd', {}, 'intermediate document: published between the priority and the filing date'),
        el('dt', {}, 'D, L, O, T'), el('dd', {}, 'cited in the application; cited for other reasons; non-written disclosure; theory or principle (WIPO ST.14)'))),
    el('section', {},
      el('h3', {}, 'Search strategy'),
      s.history.length ? el('table', {class: 'strategy', id: 'report-strategy'},
        el('thead', {}, el('tr', {}, ['Set', 'Time', 'Examiner query', 'Text', 'Ranking', 'Filters', 'Hits'].map(h => el('th', {scope: 'col'}, h)))),
        el('tbody', {}, s.history.map(h => el('tr', {},
          el('td', {}, (c ? 'L' : '') + String(h.number)),
          el('td', {class: 'date'}, when(h.at)),
          el('td', {}, h.search.similar ? 'similar to ' + h.search.similar : el('code', {}, h.search.query || '')),
          el('td', {title: h.search.text || ''}, shorten(h.search.text || '', 140)),
          el('td', {}, h.search.mode + (h.search.semantic_weight !== undefined ? ` (w ${h.search.semantic_weight})` : '')
            + (h.ranked && h.ranked !== h.search.mode ? ` → ranked ${h.ranked}` : '')),
          el('td', {}, filterWords(h.search)),
          el('td', {class: 'num'}, (h.hits_relation === 'gte' ? '≥' : '') + num(h.hits)))))) :
        el('p', {class: 'empty'}, 'No searches in this session yet.')),
    s.chart ? el('section', {class: 'report-chart', id: 'report-chart'}, el('h3', {}, 'Claim chart'),
      s.chart.claim ? el('p', {class: 'claim'}, s.chart.claim) : null, chartTable(s.chart.result, s.chart, false)) : null);
}

/** An export made by the server from the session it keeps (what every tab sees), downloaded as a file. */
async function exported(part, type) {
  try {
    const text = await get('/api/v1/sessions/' + seg(state.session.id) + '/' + part, type.split(';')[0]);
    download(`priorart-${safeName(state.session.name)}-${part}`, text, type);
  } catch (e) {
    showError(e);
  }
}

async function csv(part) {
  try {
    const text = await get('/api/v1/sessions/' + seg(state.session.id) + '/' + part + '.csv', 'text/csv');
    download(`priorart-${safeName(state.session.name)}-${part}.csv`, text, 'text/csv;charset=utf-8');
  } catch (e) {
    showError(e);
  }
}

function safeName(name) {
  return String(name || 'session').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'session';
}
