// The search view: the search strategy (examiner query, pasted text, mode and weight, filters), the
// results with their evidence (fused score and what each side contributed, highlighted snippet,
// best semantic passage), paging, keyboard navigation, tagging, and the session's search history.

import {post, get, seg, ApiError} from './api.js';
import {state, emit, on, tagOf, isCharted, toggleChart} from './state.js';
import {el, clear, fill, highlighted, num, fixed, when, shorten, toast} from './dom.js';
import {record, recordedSet, showError} from './session.js';
import {tagEditor} from './tagging.js';

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

function fillForm(p) {
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

export function submit() {
  if (!form.query.value.trim() && !form.text.value.trim()) {
    toast('Write a query or paste a text first', 'error');
    form.query.focus();
    return Promise.resolve();
  }
  return run(params(0), true);
}

/** The latest search started: an answer to an earlier one (a slow one, overtaken) is dropped. */
let latestRun = 0;

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
  for (const c of p.cpc || []) q.append('cpc', c);
  if (p.published_from) q.set('published_from', p.published_from);
  if (p.published_before) q.set('published_before', p.published_before);
  if (p.group_families) q.set('group_families', 'true');
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

// ---- the syntax error, underlined where the API says it is -------------------------------------

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

function showSyntaxError(e) {
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

function clearSyntaxError() {
  if (!form.query.hasAttribute('aria-invalid')) return;
  form.query.removeAttribute('aria-invalid');
  form.query.closest('.query-wrap').classList.remove('invalid');
  clear(form.backdrop);
  const box = document.getElementById('q-error');
  clear(box);
  box.hidden = true;
}

// ---- results ------------------------------------------------------------------------------------

function renderResults() {
  if (!resultsBox || !state.result) return;
  const r = state.result;
  const p = state.search;
  clear(resultsBox);
  const first = r.hits.length ? r.hits[0].rank : 0;
  const last = r.hits.length ? r.hits[r.hits.length - 1].rank : 0;
  const fusion = r.hits[0]?.explanation?.fusion || r.mode;
  const ca = state.caseAnswer;
  resultsBox.append(el('div', {class: 'summary'},
    el('h2', {id: 'results-title'}, p.similar ? 'Prior art of ' + p.similar : ca ? el('span', {}, el('span', {class: 'set', id: 'set-number'}, 'L' + ca.set), ' Results') : 'Results'),
    ca ? el('p', {class: 'cutoff', id: 'cutoff'}, 'Case ', el('strong', {}, ca.cutoff.application), ' · prior art to ',
      el('time', {}, ca.cutoff.date), ` (${ca.cutoff.basis}, ${ca.cutoff.rule} rule)`) : null,
    el('p', {class: 'counts'},
      el('strong', {id: 'hit-count', title: r.total.relation === 'gte' ? 'A lower bound: counted exactly up to 10,000, or ranked candidates of a free text' : 'Counted exactly'},
        (r.total.relation === 'gte' ? '≥ ' : '') + num(r.total.value)), ' hits',
      r.hits.length ? ` · showing ${first}–${last}` : '',
      ' · ranked ', el('span', {class: 'fusion'}, fusion), ` · ${fixed(r.took_ms, 0)} ms`,
      p.similar ? ` · ${p.prior_art_rule} rule` : ''),
    (r.notes.length || (ca && ca.notes.length)) ? el('ul', {class: 'notes'}, [...(ca ? ca.notes : []), ...r.notes].map(n => el('li', {}, n))) : null,
    r.hits.length ? el('p', {class: 'legend'}, el('span', {class: 'swatch kw'}), ' keyword part ',
      el('span', {class: 'swatch sem'}), ' semantic part of the score') : null));
  if (!r.hits.length) {
    resultsBox.append(el('p', {class: 'empty'}, 'No hits. Loosen the query (OR, truncation, fewer codes) or the filters.'));
    return;
  }
  const scale = barScale(r);
  const list = el('ol', {class: 'hits', start: first, aria: {labelledby: 'results-title'}});
  r.hits.forEach((hit, i) => list.append(hitItem(hit, i, scale)));
  resultsBox.append(list, pager(r));
  markSelected(false);
}

/** Languages an embedding model of models/models.json reads (bge-small-en; bge-small-zh for Chinese and Japanese). */
const EMBEDDED_LANGUAGES = ['en', 'zh', 'ja'];

/** The hit's language, and for a language no embedding model reads, that its semantic score is no evidence. */
function languageFlag(hit) {
  if (!hit.language) return null;
  const keywordOnly = !EMBEDDED_LANGUAGES.includes(hit.language);
  return el('span', {class: ['badge', 'lang', keywordOnly && 'keyword-only'], title: keywordOnly
    ? `Language: ${hit.language}. The embedding model reads English: this hit's semantic score is keyword-only evidence`
    : `Language: ${hit.language}`}, hit.language.toUpperCase() + (keywordOnly ? ' · keyword-only' : ''));
}

/** A title for a hit that has none (grants of some sources): its first words, marked as such. */
function titleOf(hit) {
  if (hit.title) return el('span', {class: 'title'}, hit.title);
  const text = hit.snippet ? hit.snippet.text : hit.explanation && hit.explanation.passage ? hit.explanation.passage.text : '';
  return el('span', {class: 'title untitled', title: 'The document has no title in the data: its first words'},
    '[no title] ' + shorten(text.replace(/\s+/g, ' ').trim(), 90));
}

/** Why the hit's dates make it prior art (or not), in a case: a badge and the reason. */
function dateVerdict(i) {
  const ca = state.caseAnswer;
  const d = ca && ca.dates ? ca.dates[i] : null;
  if (!d) return null;
  const label = {prior_art: 'prior art', E: 'E', P: 'P', not_prior_art: 'not prior art', date_missing: 'date missing'}[d.status] || d.status;
  return el('div', {class: ['date-why', 'date-' + d.status]}, el('span', {class: 'badge date'}, label), ' ', d.reason);
}

function hitItem(hit, i, scale) {
  const tag = tagOf(hit.publication_number);
  const e = hit.explanation || {};
  const item = el('li', {class: ['hit', tag && 'tagged-' + tag.category], tabIndex: -1, dataset: {index: i, number: hit.publication_number},
    aria: {selected: i === state.selected}, on: {click: ev => { if (!ev.target.closest('button, a, input, textarea')) select(i); }}},
  el('div', {class: 'hit-head'},
    el('span', {class: 'rank'}, hit.rank),
    el('a', {class: 'number', href: '#/doc/' + encodeURIComponent(hit.publication_number)}, hit.publication_number),
    languageFlag(hit),
    hit.prior_art_flag ? el('span', {class: 'badge e', title: 'Filed before the prior-art date, published on or after it: 102(a)(2) / Art. 54(3) art'}, hit.prior_art_flag) : null,
    tag ? el('span', {class: 'badge cat-' + tag.category, title: 'Tagged ' + (tag.categories || tag.category) + (tag.note ? ': ' + tag.note : '') + (tag.warning ? ' — date warning: ' + tag.warning : '')},
      (tag.categories || tag.category) + (tag.warning ? ' ⚠' : '')) : null,
    isCharted(hit.publication_number) ? el('span', {class: 'badge chart', title: 'In the claim chart'}, 'chart') : null,
    titleOf(hit)),
  el('div', {class: 'meta'},
    hit.publication_date ? el('span', {}, 'Published ', el('time', {}, hit.publication_date)) : null,
    hit.filing_date ? el('span', {}, 'Filed ', el('time', {}, hit.filing_date)) : null,
    hit.cpc.length ? el('span', {class: 'cpc', title: hit.cpc.join(' ')}, hit.cpc.slice(0, 4).join(' · '),
      hit.cpc.length > 4 ? ` +${hit.cpc.length - 4}` : '') : null,
    hit.family_members.length ? el('span', {class: 'family', title: 'Other members of its family among the hits'},
      'Family: ' + hit.family_members.join(', ')) : null),
  dateVerdict(i),
  scoreLine(hit, e, scale),
  hit.snippet ? el('div', {class: 'snippet'}, el('span', {class: 'where'}, hit.snippet.location),
    el('span', {class: 'text'}, highlighted(hit.snippet.text, hit.snippet.highlights))) : null,
  e.passage ? el('div', {class: 'passage'}, el('span', {class: 'where', title: 'The embedded passage nearest in meaning'},
    'Nearest passage · ' + e.passage.location + ' · cos ' + fixed(e.passage.score, 3)),
  el('span', {class: 'text'}, shorten(e.passage.text, 420))) : null,
  el('div', {class: 'actions'},
    ['X', 'Y', 'A'].map(c => el('button', {type: 'button', class: ['tag-button', 'cat-' + c, tag && tag.category === c && 'on'],
      title: {X: 'X: particularly relevant alone', Y: 'Y: relevant combined with another', A: 'A: background'}[c],
      aria: {pressed: !!(tag && tag.category === c)}, on: {click: () => tagHit(i, c)}}, c)),
    el('button', {type: 'button', class: 'chart-button', aria: {pressed: isCharted(hit.publication_number)},
      on: {click: () => { if (!toggleChart(hit.publication_number)) toast('A chart has at most 10 documents', 'error'); }}},
    isCharted(hit.publication_number) ? 'In chart ✓' : 'Add to chart'),
    el('a', {class: 'open', href: '#/doc/' + encodeURIComponent(hit.publication_number)}, 'Open')));
  return item;
}

/** The scale of the page's score bars: the extent of the positive and negative parts. */
function barScale(r) {
  let pos = 0;
  let neg = 0;
  let maxScore = 0;
  for (const h of r.hits) {
    const [k, s] = parts(h, r.mode);
    pos = Math.max(pos, Math.max(0, k) + Math.max(0, s));
    neg = Math.max(neg, -Math.min(0, k) - Math.min(0, s));
    maxScore = Math.max(maxScore, h.score);
  }
  if (r.mode === 'semantic') { pos = Math.max(pos, 1); neg = 0; }
  return {pos: pos || 1, neg};
}

/** The keyword and semantic parts of a hit's score (keyword mode: all keyword; semantic: all semantic). */
function parts(hit, mode) {
  const e = hit.explanation || {};
  if (mode === 'hybrid' && e.keyword_part !== undefined) return [e.keyword_part, e.semantic_part];
  if (mode === 'semantic') return [0, hit.score];
  return [hit.score, 0];
}

function scoreLine(hit, e, scale) {
  const mode = state.result.mode;
  const [k, s] = parts(hit, mode);
  const span = scale.pos + scale.neg;
  const bar = el('div', {class: 'bar', role: 'img',
    aria: {label: `score ${fixed(hit.score, 3)}: keyword part ${fixed(k, 3)}, semantic part ${fixed(s, 3)}`}});
  const zero = scale.neg / span * 100;
  let right = zero;
  let left = zero;
  for (const [value, cls] of [[k, 'kw'], [s, 'sem']]) {
    if (!value) continue;
    const w = Math.abs(value) / span * 100;
    const seg = el('span', {class: 'seg ' + cls + (value < 0 ? ' neg' : '')});
    if (value > 0) { seg.style.left = right + '%'; right += w; } else { left -= w; seg.style.left = left + '%'; }
    seg.style.width = w + '%';
    bar.append(seg);
  }
  if (scale.neg > 0) {
    const z = el('span', {class: 'zero'});
    z.style.left = zero + '%';
    bar.append(z);
  }
  const details = [];
  if (e.keyword_rank) details.push(`keyword #${e.keyword_rank} · BM25 ${fixed(e.keyword_score, 2)}`);
  // Outside the keyword ranking's depth is not "no match": its snippet may well hold the words.
  else if (mode !== 'semantic') details.push(hit.snippet && hit.snippet.highlights.length ? 'keyword: matched, not in the keyword top 100' : 'no keyword match');
  if (e.semantic_rank) details.push(`semantic #${e.semantic_rank} · cos ${fixed(e.semantic_score, 3)}`);
  else if (mode !== 'keyword') details.push('not among the semantic neighbours');
  return el('div', {class: 'score', title: mode === 'hybrid' ? `keyword part ${fixed(k, 3)} + semantic part ${fixed(s, 3)} = ${fixed(hit.score, 3)} (${e.fusion || ''})` : ''},
    el('span', {class: 'value'}, fixed(hit.score, 3)), bar, el('span', {class: 'why'}, details.join(' | ')));
}

function pager(r) {
  const p = state.search;
  const from = p.from || 0;
  const size = p.size || 20;
  // A full page is the only sign of a further one when the count is a lower bound.
  const more = r.hits.length === size && (r.total.relation === 'gte' || from + size < r.total.value);
  return el('nav', {class: 'pager', aria: {label: 'Pages'}},
    el('button', {type: 'button', disabled: from === 0, on: {click: () => page(-1)}}, '← Previous'),
    el('span', {}, `Page ${Math.floor(from / size) + 1}`),
    el('button', {type: 'button', disabled: !more || from + size >= 1000, on: {click: () => page(1)}}, 'Next →'));
}

export function page(direction) {
  if (!state.search) return;
  const size = state.search.size || 20;
  const from = Math.max(0, (state.search.from || 0) + direction * size);
  if (from === (state.search.from || 0) || from + size > 1000) return;
  if (direction > 0 && state.result && state.result.hits.length < size) return;
  run({...state.search, from}, false).then(() => document.getElementById('results')?.scrollIntoView({block: 'start'}));
}

// ---- selection and keyboard ---------------------------------------------------------------------

export function select(i, focus = true) {
  if (!state.result || !state.result.hits.length) return;
  state.selected = Math.max(0, Math.min(i, state.result.hits.length - 1));
  markSelected(focus);
}

function markSelected(focus) {
  const items = resultsBox.querySelectorAll('li.hit');
  items.forEach((li, i) => {
    li.classList.toggle('selected', i === state.selected);
    li.setAttribute('aria-selected', String(i === state.selected));
  });
  const current = items[state.selected];
  if (current && focus) {
    current.focus({preventScroll: true});
    current.scrollIntoView({block: 'nearest'});
  }
}

export function selectedHit() {
  return state.result && state.selected >= 0 ? state.result.hits[state.selected] : null;
}

async function tagHit(i, category) {
  select(i, false);
  const hit = state.result.hits[i];
  const item = resultsBox.querySelectorAll('li.hit')[i];
  await tagEditor(item, hit.publication_number, category);
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

// ---- the session's search history ------------------------------------------------------------------

/** Runs a search of the history again: a "find similar" as such, the others through the form. */
function rerun(q) {
  if (q.similar) {
    const p = {...q, mode: q.mode || 'hybrid', size: Number(form.size.value), from: 0, explain: true};
    delete p.fusion;
    run(p, true);
  } else {
    fillForm(q);
    submit();
  }
}

function renderHistory() {
  if (!historyBox) return;
  clear(historyBox);
  historyBox.append(el('h2', {id: 'history-title'}, 'Search history'));
  const h = state.session ? state.session.history : [];
  if (!h.length) {
    historyBox.append(el('p', {class: 'empty'}, 'Searches of this session appear here, with their hit counts.'));
    return;
  }
  const inCase = !!(state.session && state.session.case);
  const list = el('ol', {class: 'history-list', reversed: true});
  for (const entry of [...h].reverse().slice(0, 50)) {
    const q = entry.search;
    const fell = entry.ranked && entry.ranked !== q.mode;
    const filters = filterWords(q);
    list.append(el('li', {value: entry.number, dataset: {set: entry.number}},
      inCase ? el('span', {class: 'set'}, 'L' + entry.number) : null,
      el('button', {type: 'button', class: 'link', title: 'Run this search again',
        on: {click: () => rerun(q)}},
      q.similar ? el('span', {class: 'q'}, 'similar to ' + q.similar) :
      el('span', {class: 'q'}, q.query ? shorten(q.query, 80) : '', q.query && q.text ? ' + ' : '',
        q.text ? el('em', {}, '“' + shorten(q.text, 60) + '”') : '')),
      el('span', {class: 'h-meta'}, `${when(entry.at)} · ${q.mode}` + (q.semantic_weight !== undefined ? ` ${q.semantic_weight}` : '')
        + (fell ? ` → ranked ${entry.ranked}` : '')
        + ` · ${entry.hits_relation === 'gte' ? '≥' : ''}${num(entry.hits)} hits`),
      filters ? el('span', {class: 'h-filters'}, filters) : null,
      inCase && entry.definition ? el('button', {type: 'button', class: 'link save-query', title: 'Save this query to run again later',
        on: {click: () => saveQuery(entry)}}, 'Save') : null));
  }
  historyBox.append(list);
  renderSaved();
}

/** The filters of a recorded search in words, so two searches that differ only in them look different. */
export function filterWords(q) {
  const f = [];
  if (q.cpc && q.cpc.length) f.push('CPC ' + q.cpc.join(' '));
  if (q.published_from) f.push('published ≥ ' + q.published_from);
  if (q.published_before) f.push('published < ' + q.published_before);
  if (q.priority_date) f.push(`prior art to ${q.priority_date} (${q.prior_art_rule})`);
  if (q.similar) f.push(`prior art to its priority date (${q.prior_art_rule})`);
  if (q.among) f.push('among ' + q.among);
  if (q.group_families) f.push('one per family');
  return f.join('; ');
}

async function saveQuery(entry) {
  const name = entry.search.query ? shorten(entry.search.query, 60) : 'L' + entry.number;
  try {
    await post('/api/v1/sessions/' + encodeURIComponent(state.session.id) + '/saved', {name, set: entry.number});
    await recordedSet();
    toast('Saved: L' + entry.number);
  } catch (e) {
    showError(e);
  }
}

async function runSaved(q) {
  const ticket = ++latestRun;
  try {
    const answer = await post('/api/v1/sessions/' + encodeURIComponent(state.session.id) + '/saved/' + q.number + '/run', {});
    if (ticket !== latestRun) return;
    fillForm(q.search);
    state.search = {...q.search, size: 20, from: 0, explain: true, set: answer.set};
    state.caseAnswer = answer;
    state.result = answer.result;
    state.selected = answer.result.hits.length ? 0 : -1;
    renderResults();
    emit('results');
    await recordedSet();
  } catch (e) {
    showError(e);
  }
}

function renderSaved() {
  const saved = state.session ? state.session.saved || [] : [];
  if (!saved.length) return;
  historyBox.append(el('h2', {id: 'saved-title'}, 'Saved queries'),
    el('ul', {class: 'saved-list'}, saved.map(q => el('li', {dataset: {saved: q.number}},
      el('button', {type: 'button', class: 'link run-saved', title: 'Run again: a new set with a fresh count', on: {click: () => runSaved(q)}}, q.name),
      el('span', {class: 'h-meta'}, q.last_set ? ` last L${q.last_set} · ${q.last_relation === 'gte' ? '≥' : ''}${num(q.last_hits)} hits · ${when(q.last_run)}` : '')))));
}
