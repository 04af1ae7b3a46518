// The search view: the search strategy (examiner query, pasted text, mode and weight, filters), running
// it (in a case as a numbered set), find similar, "search this class", "search among these", and the
// view's keys. The results are drawn by hits.js, the history and saved queries by history.js, a
// syntax error by syntax.js.

import {post, get, seg, ApiError} from './api.js';
import {state, emit, on, toggleChart} from './state.js';
import {el, fill, toast} from './dom.js';
import {record, recordedSet, showError} from './session.js';
import {bindResults, renderResults, page, select, selectedHit, tagHit} from './hits.js';
import {bindHistory, renderHistory} from './history.js';
import {showSyntaxError as markSyntaxError, clearSyntaxError as unmarkSyntaxError} from './syntax.js';

export {page, select, selectedHit} from './hits.js';

let view;          // the view's root element
let form;          // named controls of the form
let resultsBox;
let historyBox;

const SAVED = 'priorart.search';

export function searchView() {
  if (view) return view;
  form = {};
  const f = (name, node) => { form[name] = node; return node; };

  const queryWrap = el('div', {class: 'query-wrap'},
    f('backdrop', el('div', {class: 'query-backdrop', aria: {hidden: true}})),
    f('query', el('textarea', {id: 'q', name: 'query', rows: 3, spellcheck: false, autocomplete: 'off',
      placeholder: '(batter* OR cell) W/3 anode AND CPC=H01M AND PD<2015-01-01', aria: {describedby: 'q-error q-help'}})));
  form.query.addEventListener('input', clearSyntaxError);
  form.query.addEventListener('scroll', () => { form.backdrop.scrollTop = form.query.scrollTop; });

  const modeGroup = el('fieldset', {class: 'mode'}, el('legend', {}, 'Ranking'),
    ['keyword', 'semantic', 'hybrid'].map(m => el('label', {class: 'radio'},
      f('mode-' + m, el('input', {type: 'radio', name: 'mode', value: m, checked: m === 'hybrid'})), ' ' + m)),
    el('div', {class: 'weight'},
      el('label', {for: 'w'}, 'Semantic weight'),
      f('weight', el('input', {id: 'w', type: 'range', min: 0, max: 1, step: 0.05, value: 0.5})),
      f('weightOut', el('output', {htmlFor: 'w'}, '0.50'))));
  form.weight.addEventListener('input', () => { form.weightOut.textContent = Number(form.weight.value).toFixed(2); });
  modeGroup.addEventListener('change', syncMode);

  const filters = el('fieldset', {class: 'filters'}, el('legend', {}, 'Filters'),
    el('label', {for: 'cpc'}, 'CPC prefixes'),
    f('cpc', el('input', {id: 'cpc', type: 'text', placeholder: 'H01M, H01G4', spellcheck: false})),
    el('div', {class: 'pair'},
      el('div', {}, el('label', {for: 'pf'}, 'Published from'), f('publishedFrom', el('input', {id: 'pf', type: 'date'}))),
      el('div', {}, el('label', {for: 'pb'}, 'Published before'), f('publishedBefore', el('input', {id: 'pb', type: 'date'})))),
    el('div', {class: 'pair'},
      el('div', {}, el('label', {for: 'pd'}, 'Priority date (cutoff)'), f('priority', el('input', {id: 'pd', type: 'date'}))),
      el('div', {}, el('label', {for: 'rule'}, 'Prior-art rule'),
        f('rule', el('select', {id: 'rule'},
          el('option', {value: 'effective', title: 'Published before the date, or a patent document filed before it and published after it (flagged E): 35 U.S.C. 102(a)(2), EPC Art. 54(3)'}, 'effective (+ E)'),
          el('option', {value: 'published', title: 'Only documents published before the date'}, 'published'))))),
    f('caseLine', el('p', {class: 'case-line', id: 'case-line', hidden: true})),
    el('div', {class: 'pair'},
      el('label', {class: 'check'}, f('group', el('input', {type: 'checkbox', id: 'group'})), ' One hit per family'),
      el('div', {}, el('label', {for: 'size'}, 'Hits per page'),
        f('size', el('select', {id: 'size'}, [10, 20, 50, 100].map(n => el('option', {value: n, selected: n === 20}, n)))))));

  const theForm = el('form', {class: 'search-form', aria: {label: 'Search strategy'}, on: {submit: e => { e.preventDefault(); submit(); }}},
    el('label', {for: 'q', class: 'big'}, 'Examiner query'),
    queryWrap,
    el('div', {id: 'q-error', class: 'syntax-message', role: 'alert', hidden: true}),
    el('details', {id: 'q-help', class: 'help'}, el('summary', {}, 'Query syntax'),
      el('ul', {},
        el('li', {}, el('code', {}, 'AND OR NOT ( )'), ' — words side by side are ANDed'),
        el('li', {}, el('code', {}, '"exact phrase"'), ', truncation ', el('code', {}, 'batter*  *charg*  colo?r')),
        el('li', {}, el('code', {}, 'W/3  NEAR/5  WITH  SAME'), ' — ordered, unordered, same sentence, same paragraph'),
        el('li', {}, el('code', {}, 'TI= AB= CL= DE= PA= IN= CPC= IPC='), ' field codes'),
        el('li', {}, el('code', {}, 'PD<2015-01-01  AD>=2010  PRD=2009..2011'), ' dates'))),
    el('label', {for: 't', class: 'big'}, 'Pasted text ', el('span', {class: 'hint'}, '(a claim, an abstract, a paper: ranks by all its words and is what semantic search embeds)')),
    f('text', el('textarea', {id: 't', name: 'text', rows: 5, placeholder: 'A lithium ion battery comprising an anode of porous silicon particles coated with carbon…'})),
    modeGroup, filters,
    el('div', {class: 'buttons'},
      el('button', {type: 'submit', class: 'primary', id: 'search-button'}, 'Search'),
      el('button', {type: 'button', on: {click: resetForm}}, 'Clear')));
  for (const box of [form.query, form.text]) {
    box.addEventListener('keydown', e => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        // The view's keys (j, k, x ...) work at once: the box no longer takes them.
        submit().then(() => { if (document.activeElement === box) { box.blur(); select(state.selected, true); } });
      }
    });
  }

  historyBox = el('section', {class: 'history', aria: {labelledby: 'history-title'}});
  resultsBox = el('section', {class: 'results', id: 'results', aria: {label: 'Results', live: 'polite'}},
    el('p', {class: 'empty'}, 'Write a query, paste a claim, or both, and search. Press ? for the keyboard shortcuts.'));
  view = el('div', {class: 'search-view'}, el('aside', {class: 'strategy'}, theForm, historyBox), resultsBox);
  bindResults(resultsBox);
  bindHistory(historyBox);

  restore();
  syncMode();
  on('session', () => { syncCase(); renderHistory(); renderResults(); }); // another session: its history, its tags on the hits
  on('session-refreshed', () => { syncCase(); renderHistory(); });
  on('history', renderHistory);
  on('tags', () => renderResults());
  on('chart-hits', () => renderResults());
  renderHistory();
  syncCase();
  return view;
}

/** In a case, the case's cutoff applies to every search: the form shows it instead of its own date. */
function syncCase() {
  if (!form) return;
  const c = state.session && state.session.case;
  form.priority.disabled = !!c;
  form.rule.disabled = !!c;
  form.caseLine.hidden = !c;
  if (c) {
    const cutoff = c.priority_date || c.filing_date;
    fill(form.caseLine, 'Case ', el('strong', {}, c.number), ': every search is prior art to ',
      el('time', {}, cutoff), ` (${c.priority_date ? 'priority date' : 'filing date'}, ${c.rule.toLowerCase()} rule); `
      + 'its own document and family are left out. Combine sets as L1 AND L2.');
  }
}

function syncMode() {
  const hybrid = form['mode-hybrid'].checked;
  form.weight.disabled = !hybrid;
  form.weight.closest('.weight').classList.toggle('off', !hybrid);
}

function mode() {
  return ['keyword', 'semantic', 'hybrid'].find(m => form['mode-' + m].checked);
}

/** The search's parameters, as the API takes them. */
function params(from = 0) {
  const p = {mode: mode(), size: Number(form.size.value), from, explain: true};
  const query = form.query.value.trim();
  const text = form.text.value.trim();
  if (query) p.query = query;
  if (text) p.text = text;
  if (p.mode === 'hybrid') p.semantic_weight = Number(form.weight.value);
  const cpc = form.cpc.value.split(/[,;\s]+/).map(s => s.trim()).filter(Boolean);
  if (cpc.length) p.cpc = cpc;
  if (form.publishedFrom.value) p.published_from = form.publishedFrom.value;
  if (form.publishedBefore.value) p.published_before = form.publishedBefore.value;
  if (form.priority.value && !(state.session && state.session.case)) {
    p.priority_date = form.priority.value;
    p.prior_art_rule = form.rule.value;
  }
  if (form.group.checked) p.group_families = true;
  return p;
}

export function fillForm(p) {
  form.query.value = p.query || '';
  form.text.value = p.text || '';
  form['mode-' + (p.mode || 'hybrid')].checked = true;
  if (p.semantic_weight !== undefined && p.semantic_weight !== null) {
    form.weight.value = p.semantic_weight;
    form.weightOut.textContent = Number(p.semantic_weight).toFixed(2);
  }
  form.cpc.value = (p.cpc || []).join(', ');
  form.publishedFrom.value = p.published_from || '';
  form.publishedBefore.value = p.published_before || '';
  form.priority.value = p.priority_date || '';
  form.rule.value = p.prior_art_rule || 'effective';
  form.group.checked = !!p.group_families;
  if (p.size) form.size.value = String(p.size);
  syncMode();
}

function resetForm() {
  fillForm({});
  clearSyntaxError();
  form.query.focus();
}

/** The last search survives a reload of the page (this tab only). */
function save() {
  try {
    sessionStorage.setItem(SAVED, JSON.stringify({search: state.search}));
  } catch (e) { /* storage full or off: the search is simply not restored */ }
}

function restore() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(SAVED) || 'null');
    if (saved && saved.search && !saved.search.similar) fillForm(saved.search);
  } catch (e) { /* ignore a damaged entry */ }
}

export function rerunSaved() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(SAVED) || 'null');
    if (saved && saved.search) return run(saved.search, false);
  } catch (e) { /* nothing to rerun */ }
  return Promise.resolve();
}

/** Runs the form's search; {@code extra} adds what the form has no field for (a history entry's fusion, rrf k, depth, signals, feedback). */
export function submit(extra = {}) {
  if (!form.query.value.trim() && !form.text.value.trim()) {
    toast('Write a query or paste a text first', 'error');
    form.query.focus();
    return Promise.resolve();
  }
  return run({...params(0), ...extra}, true);
}

/** The latest search started: an answer to an earlier one (a slow one, overtaken) is dropped. */
let latestRun = 0;

/** A ticket for a search about to start (a saved query's run takes one too). */
export function takeTicket() {
  return ++latestRun;
}

/** Whether the search of this ticket is still the latest. */
export function isLatest(ticket) {
  return ticket === latestRun;
}

/** The page size chosen in the form. */
export function pageSize() {
  return Number(form.size.value);
}

function showSyntaxError(e) {
  markSyntaxError(form, e);
}

function clearSyntaxError() {
  unmarkSyntaxError(form);
}

/** Runs a search (or a page of it) and shows it; new searches go into the session's history. */
export async function run(p, isNew) {
  const ticket = ++latestRun;
  clearSyntaxError();
  const button = document.getElementById('search-button');
  if (button) button.disabled = true;
  resultsBox.setAttribute('aria-busy', 'true');
  const inCase = !p.similar && state.session && state.session.case;
  try {
    let result;
    let caseAnswer = null;
    if (inCase) {
      const body = {...p};
      // A further page of a set is not a new set.
      if (!isNew && p.set) body.page_of_set = p.set;
      delete body.set;
      caseAnswer = await post('/api/v1/sessions/' + encodeURIComponent(state.session.id) + '/search', body);
      result = caseAnswer.result;
      p = {...p, set: caseAnswer.set};
    } else {
      result = p.similar ? await get(similarPath(p)) : await post('/api/v1/search', p);
    }
    if (ticket !== latestRun) return;
    state.search = p;
    state.result = result;
    state.caseAnswer = caseAnswer;
    state.selected = result.hits.length ? 0 : -1;
    save();
    renderResults();
    emit('results');
    if (inCase && isNew) {
      recordedSet().catch(showError);
    } else if (isNew && state.session) {
      record(p, result.total, result.mode).catch(showError);
    }
  } catch (e) {
    if (ticket !== latestRun) return;
    if (e instanceof ApiError && e.code === 'invalid_query' && !p.similar) {
      showSyntaxError(e);
      showFailure('The query has a syntax error: see the message under the query box.');
    } else {
      showError(e);
      showFailure('The search failed: ' + (e.message || String(e)));
    }
  } finally {
    if (ticket === latestRun) {
      if (button) button.disabled = false;
      resultsBox.removeAttribute('aria-busy');
    }
  }
}

/** A failed search takes the old results off the screen: nobody should tag from a list that is not the query's. */
function showFailure(message) {
  state.result = null;
  state.selected = -1;
  fill(resultsBox, el('p', {class: 'error'}, message));
  emit('results');
}

function similarPath(p) {
  const q = new URLSearchParams({prior_art_rule: p.prior_art_rule || 'effective', mode: p.mode || 'hybrid',
    size: String(p.size || 20), from: String(p.from || 0), explain: 'true'});
  if (p.mode === 'hybrid' && p.semantic_weight !== undefined) q.set('semantic_weight', String(p.semantic_weight));
  // a rerun from the history ranks as recorded: its fusion, rrf k, depth and signal groups (the form has no field for them)
  if (p.mode === 'hybrid' && p.fusion) q.set('fusion', p.fusion);
  if (p.mode === 'hybrid' && p.rrf_k) q.set('rrf_k', String(p.rrf_k));
  if (p.mode === 'hybrid' && p.depth) q.set('depth', String(p.depth));
  if (p.mode === 'hybrid' && p.signals) q.set('signals', p.signals);
  for (const c of p.cpc || []) q.append('cpc', c);
  if (p.published_from) q.set('published_from', p.published_from);
  if (p.published_before) q.set('published_before', p.published_before);
  if (p.group_families) q.set('group_families', 'true');
  for (const n of (p.feedback && p.feedback.positive) || []) q.append('feedback_positive', n);
  for (const n of (p.feedback && p.feedback.negative) || []) q.append('feedback_negative', n);
  return '/api/v1/patents/' + seg(p.similar) + '/similar?' + q;
}

/**
 * Finds the prior art of a document (its title, abstract and independent claims as the query),
 * with the form's ranking and filters (CPC, publication dates, families); the prior-art date is the
 * document's own. It goes into the session's history like any search.
 */
export function findSimilar(number, rule) {
  const form_ = params(0);
  // Always hybrid: a document's text is a description, which keyword-only ranking reads as boilerplate
  // ("invention provides ... method"); the ranking left in the form was chosen for another search.
  const p = {similar: number, prior_art_rule: rule, mode: 'hybrid', size: form_.size, from: 0, explain: true};
  for (const k of ['cpc', 'published_from', 'published_before', 'group_families']) {
    if (form_[k] !== undefined) p[k] = form_[k];
  }
  location.hash = '#/search';
  return run(p, true);
}

/** Keys of the search view; true when handled. */
export function handleKey(e) {
  const hits = state.result ? state.result.hits : [];
  switch (e.key) {
    case 'j': case 'ArrowDown': select(state.selected + 1); return hits.length > 0;
    case 'k': case 'ArrowUp': select(state.selected - 1); return hits.length > 0;
    case 'Enter': case 'o': {
      const hit = selectedHit();
      if (hit) location.hash = '#/doc/' + encodeURIComponent(hit.publication_number);
      return !!hit;
    }
    case 'x': case 'y': case 'a': case 'X': case 'Y': case 'A':
      if (state.selected >= 0) tagHit(state.selected, e.key.toUpperCase()).catch(showError);
      return state.selected >= 0;
    case 'c': {
      const hit = selectedHit();
      if (hit && !toggleChart(hit.publication_number)) toast('A chart has at most 10 documents', 'error');
      return !!hit;
    }
    case 'n': page(1); return true;
    case 'p': page(-1); return true;
    default: return false;
  }
}

/** Searches one CPC class as a set of its own (CPC=code); in a case, with the case's cutoff. */
export function searchClass(code) {
  location.hash = '#/search';
  fillForm({...params(0), query: 'CPC=' + code, text: '', cpc: [], published_from: '', published_before: ''});
  return submit();
}

/**
 * "Search among these": the current search, restricted to the documents of the collection that a
 * document cites (backward) or that cite it (forward), as a numbered set of the case.
 */
export function searchAmong(number, citations) {
  if (!(state.session && state.session.case)) {
    toast('Declare the case first: a search among citations is a set of the case', 'error');
    return Promise.resolve();
  }
  if (!form.query.value.trim() && !form.text.value.trim()) {
    toast('Write a query or paste a text first: it runs among the citations', 'error');
    location.hash = '#/search';
    form.query.focus();
    return Promise.resolve();
  }
  location.hash = '#/search';
  return run({...params(0), among: {document: number, citations}}, true);
}

export function focusQuery() {
  form.query.focus();
}
