// The search report: the tagged citations (X, Y, A with notes and the claims they concern) and the
// search strategy (every search of the session with its hit count), printable as it is (the print
// style sheet hides the rest of the page), and exported as CSV (from the API) or as an HTML file.

import {get, seg} from './api.js';
import {state, on} from './state.js';
import {el, clear, fill, when, num, download, shorten, toast} from './dom.js';
import {showError} from './session.js';
import {openEditor} from './tagging.js';
import {chartTable} from './chart.js';

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
      el('button', {type: 'button', id: 'export-html', on: {click: html}}, 'Report (HTML file)')),
    paper);
  on('session', render);
  on('tags', render);
  on('history', render);
  on('tag-editor-closed', render);
  return view;
}

export function showReport() {
  reportView();
  render();
}

function render() {
  if (!paper || !state.session) return;
  const s = state.session;
  const order = {X: 0, Y: 1, A: 2};
  const tags = [...s.tags].sort((a, b) => order[a.category] - order[b.category]);
  fill(paper, 
    el('header', {},
      el('h2', {}, 'Search report'),
      el('dl', {class: 'report-meta'},
        el('dt', {}, 'Session'), el('dd', {}, s.name),
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
          el('td', {class: 'category'}, t.category),
          el('td', {}, el('a', {href: '#/doc/' + encodeURIComponent(t.publication_number)}, t.publication_number)),
          el('td', {class: 'date'}, t.publication_date || ''),
          el('td', {}, t.title || ''),
          el('td', {}, t.claims || ''),
          el('td', {class: 'note'}, t.note || ''),
          el('td', {class: 'no-print'}, el('button', {type: 'button', class: 'link',
            on: {click: ev => openEditor(ev.target.closest('td'), t)}}, 'Edit')))))) :
        el('p', {class: 'empty'}, 'No citations tagged yet: tag hits X, Y or A in the results or the document view.'),
      el('dl', {class: 'legend-categories'}, Object.entries(CATEGORIES).map(([c, d]) => [el('dt', {}, c), el('dd', {}, d)]),
        el('dt', {}, 'E'), el('dd', {}, 'earlier patent document, published on or after the filing (priority) date (flagged in the results)'))),
    el('section', {},
      el('h3', {}, 'Search strategy'),
      s.history.length ? el('table', {class: 'strategy', id: 'report-strategy'},
        el('thead', {}, el('tr', {}, ['#', 'Time', 'Examiner query', 'Text', 'Ranking', 'Filters', 'Hits'].map(h => el('th', {scope: 'col'}, h)))),
        el('tbody', {}, s.history.map(h => el('tr', {},
          el('td', {}, String(h.number)),
          el('td', {class: 'date'}, when(h.at)),
          el('td', {}, h.search.similar ? 'similar to ' + h.search.similar : el('code', {}, h.search.query || '')),
          el('td', {title: h.search.text || ''}, shorten(h.search.text || '', 140)),
          el('td', {}, h.search.mode + (h.search.semantic_weight !== undefined ? ` (w ${h.search.semantic_weight})` : '')),
          el('td', {}, filters(h.search)),
          el('td', {class: 'num'}, (h.hits_relation === 'gte' ? '≥' : '') + num(h.hits)))))) :
        el('p', {class: 'empty'}, 'No searches in this session yet.')),
    state.chart ? el('section', {class: 'report-chart'}, el('h3', {}, 'Claim chart'),
      state.chart.claim ? el('p', {class: 'claim'}, state.chart.claim) : null, chartTable(state.chart.result)) : null);
}

function filters(q) {
  const f = [];
  if (q.cpc && q.cpc.length) f.push('CPC ' + q.cpc.join(' '));
  if (q.published_from) f.push('published ≥ ' + q.published_from);
  if (q.published_before) f.push('published < ' + q.published_before);
  if (q.priority_date) f.push(`prior art to ${q.priority_date} (${q.prior_art_rule})`);
  if (q.similar) f.push(`prior art to its priority date (${q.prior_art_rule})`);
  if (q.group_families) f.push('one per family');
  return f.join('; ');
}

async function csv(part) {
  try {
    const text = await get('/api/v1/sessions/' + seg(state.session.id) + '/' + part + '.csv', 'text/csv');
    download(`priorart-${safeName(state.session.name)}-${part}.csv`, text, 'text/csv;charset=utf-8');
  } catch (e) {
    showError(e);
  }
}

/** The report as a standalone HTML file: the same DOM (its text escaped by the serializer), the page's print style. */
async function html() {
  try {
    const css = await (await fetch('/assets/css/app.css', {cache: 'no-store'})).text();
    const copy = paper.cloneNode(true);
    copy.querySelectorAll('.no-print, button').forEach(n => n.remove());
    copy.querySelectorAll('a').forEach(a => a.replaceWith(document.createTextNode(a.textContent)));
    const doc = document.implementation.createHTMLDocument('Search report — ' + state.session.name);
    const meta = doc.createElement('meta');
    meta.setAttribute('charset', 'utf-8');
    doc.head.prepend(meta);
    const style = doc.createElement('style');
    style.textContent = css;
    doc.head.append(style);
    doc.body.className = 'standalone';
    doc.body.append(doc.importNode(copy, true));
    download(`priorart-${safeName(state.session.name)}-report.html`, '<!doctype html>\n' + doc.documentElement.outerHTML, 'text/html;charset=utf-8');
  } catch (e) {
    toast('The HTML report could not be made: ' + e.message, 'error');
  }
}

function safeName(name) {
  return String(name || 'session').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'session';
}
