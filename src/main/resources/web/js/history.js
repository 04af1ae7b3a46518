// The session's search history (its numbered sets in a case, with counts, filters and fallbacks)
// and its saved queries, run again as new sets with fresh counts.

import {post} from './api.js';
import {state, emit} from './state.js';
import {el, clear, num, when, shorten, toast} from './dom.js';
import {recordedSet, showError} from './session.js';
import {fillForm, submit, run, pageSize, takeTicket, isLatest} from './search.js';
import {renderResults} from './hits.js';

let historyBox;    // the history section (made by the search view)

/** The element the history is shown in. */
export function bindHistory(node) {
  historyBox = node;
}

/** Runs a search of the history again: a "find similar" as such, the others through the form. */
function rerun(q) {
  if (q.among) {
    // The history keeps the restriction in words only: run through the form, it would silently search everything.
    toast('A search among citations runs again from the document (“search among these”)', 'error');
    return;
  }
  if (q.similar) {
    run({...q, mode: q.mode || 'hybrid', size: pageSize(), from: 0, explain: true}, true);
  } else {
    fillForm(q);
    submit(unformed(q));
  }
}

/**
 * What ranked a recorded search that the form has no field for: its fusion with its rrf k and depth
 * (recorded when a search through the API chose them), its signal groups and the X/Y documents it
 * was ranked toward. A rerun sends them as recorded, or it ranks differently.
 */
function unformed(q) {
  const extra = {};
  for (const k of ['fusion', 'rrf_k', 'depth', 'signals', 'feedback']) {
    if (q[k]) extra[k] = q[k];
  }
  return extra;
}

export function renderHistory() {
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
      // the fusion method too: two hybrid searches that differ only in it rank differently
      el('span', {class: 'h-meta'}, `${when(entry.at)} · ${q.mode}` + (q.fusion ? ` ${q.fusion}` : '')
        + (q.semantic_weight !== undefined ? ` ${q.semantic_weight}` : '')
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
  if (q.signals) f.push('signals ' + q.signals.split(',').join(', '));
  // the report's words (rrf k 20, depth 50): two searches that differ only in them rank differently
  if (q.rrf_k) f.push('rrf k ' + q.rrf_k);
  if (q.depth) f.push('depth ' + q.depth);
  const liked = q.feedback && q.feedback.positive ? q.feedback.positive.length : 0;
  if (liked) f.push(`more like ${liked} X/Y`);
  const unliked = q.feedback && q.feedback.negative ? q.feedback.negative.length : 0;
  if (unliked) f.push(`less like ${unliked}`);
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
  const ticket = takeTicket();
  try {
    const answer = await post('/api/v1/sessions/' + encodeURIComponent(state.session.id) + '/saved/' + q.number + '/run', {});
    if (!isLatest(ticket)) return;
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
