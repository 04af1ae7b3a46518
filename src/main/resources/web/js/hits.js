// The results of a search: the summary (set number and cutoff in a case, exact or lower-bound
// counts, notes), each hit with its evidence (fused score and what each side contributed,
// highlighted snippet, nearest passage, date verdict), tagging and charting from the list, paging
// and the selection.

import {state, tagOf, isCharted, toggleChart} from './state.js';
import {el, clear, highlighted, num, fixed, shorten, toast} from './dom.js';
import {tagEditor} from './tagging.js';
import {run} from './search.js';

let box;           // the results section (made by the search view)

/** The element the results are shown in. */
export function bindResults(node) {
  box = node;
}

export function renderResults() {
  if (!box || !state.result) return;
  const r = state.result;
  const p = state.search;
  clear(box);
  const first = r.hits.length ? r.hits[0].rank : 0;
  const last = r.hits.length ? r.hits[r.hits.length - 1].rank : 0;
  const fusion = r.hits[0]?.explanation?.fusion || r.mode;
  const ca = state.caseAnswer;
  box.append(el('div', {class: 'summary'},
    el('h2', {id: 'results-title'}, p.similar ? 'Prior art of ' + p.similar : ca ? el('span', {}, el('span', {class: 'set', id: 'set-number'}, 'L' + ca.set), ' Results') : 'Results'),
    ca ? el('p', {class: 'cutoff', id: 'cutoff'}, 'Case ', el('strong', {}, ca.cutoff.application), ' · prior art to ',
      el('time', {}, ca.cutoff.date), ` (${ca.cutoff.basis}, ${ca.cutoff.rule} rule)`) : null,
    el('p', {class: 'counts'},
      el('strong', {id: 'hit-count', title: r.total.relation === 'gte' ? 'A lower bound: counted exactly up to 10,000, or ranked candidates of a free text' : 'Counted exactly'},
        (r.total.relation === 'gte' ? '≥ ' : '') + num(r.total.value)), ' hits',
      r.hits.length ? ` · showing ${first}–${last}` : '',
      ' · ranked ', el('span', {class: 'fusion'}, fusion), ` · ${fixed(r.took_ms, 0)} ms`,
      p.similar ? ` · ${p.prior_art_rule} rule` : ''),
    feedbackLine(p, r),
    (r.notes.length || (ca && ca.notes.length)) ? el('ul', {class: 'notes'}, [...(ca ? ca.notes : []), ...r.notes].map(n => el('li', {}, n))) : null,
    r.hits.length ? el('p', {class: 'legend'}, el('span', {class: 'swatch kw'}), ' keyword part ',
      el('span', {class: 'swatch sem'}), ' semantic part of the score') : null));
  if (!r.hits.length) {
    box.append(el('p', {class: 'empty'}, 'No hits. Loosen the query (OR, truncation, fewer codes) or the filters.'));
    return;
  }
  const scale = barScale(r);
  const list = el('ol', {class: 'hits', start: first, aria: {labelledby: 'results-title'}});
  r.hits.forEach((hit, i) => list.append(hitItem(hit, i, scale)));
  box.append(list, pager(r));
  markSelected(false);
}

/** The session's documents tagged X or Y (an A document is background, not a reason to rank alike). */
function likedNumbers() {
  const tags = state.session ? state.session.tags : [];
  return tags.filter(t => t.category === 'X' || t.category === 'Y').map(t => t.publication_number).slice(0, MAX_FEEDBACK);
}

/** At most this many documents go with a search as feedback (the API's limit). */
const MAX_FEEDBACK = 50;

/**
 * "More like my X/Y documents": once the session has X or Y tags, a hybrid search can be ranked again
 * toward them (the API's feedback); a search ranked so says toward how many.
 */
function feedbackLine(p, r) {
  const liked = likedNumbers();
  const given = p.feedback && p.feedback.positive ? p.feedback.positive.length : 0;
  if (r.mode !== 'hybrid' || (!liked.length && !given)) return null;
  const same = given === liked.length && liked.every(n => p.feedback.positive.includes(n));
  return el('p', {class: 'feedback-line'},
    given ? el('span', {id: 'feedback-given'}, `Ranked more like ${given} X/Y document${given === 1 ? '' : 's'} `) : null,
    liked.length && !same ? el('button', {type: 'button', id: 'more-like', class: 'more-like',
      title: 'Rank this search again, toward the documents tagged X or Y in this session: their classification, '
        + 'applicants and inventors, citations and meaning',
      on: {click: () => moreLikeTagged(liked)}}, `More like my X/Y (${liked.length})`) : null);
}

function moreLikeTagged(liked) {
  if (!state.search) return;
  run({...state.search, from: 0, feedback: {positive: liked, negative: []}}, true);
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
    const values = segments(h, r.mode).map(([v]) => v);
    pos = Math.max(pos, values.reduce((a, v) => a + Math.max(0, v), 0));
    neg = Math.max(neg, values.reduce((a, v) => a - Math.min(0, v), 0));
    maxScore = Math.max(maxScore, h.score);
  }
  if (r.mode === 'semantic') { pos = Math.max(pos, 1); neg = 0; }
  return {pos: pos || 1, neg};
}

/** The bar's segments of a hit's score: [contribution, css class, name], one per fused signal in hybrid mode. */
function segments(hit, mode) {
  const e = hit.explanation || {};
  if (mode === 'hybrid' && e.signals && e.signals.length) {
    return e.signals.map(p => [p.contribution, p.name === 'keyword' ? 'kw' : p.name === 'semantic' ? 'sem' : 'sig sig-' + p.name, p.name]);
  }
  const [k, s] = parts(hit, mode);
  return [[k, 'kw', 'keyword'], [s, 'sem', 'semantic']];
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
  const segs = segments(hit, mode);
  const span = scale.pos + scale.neg;
  const described = segs.filter(([v]) => v).map(([v, , name]) => `${name} ${fixed(v, 3)}`).join(', ');
  const bar = el('div', {class: 'bar', role: 'img',
    aria: {label: `score ${fixed(hit.score, 3)}: ${described}`}});
  const zero = scale.neg / span * 100;
  let right = zero;
  let left = zero;
  for (const [value, cls, name] of segs) {
    if (!value) continue;
    const w = Math.abs(value) / span * 100;
    const seg = el('span', {class: 'seg ' + cls + (value < 0 ? ' neg' : ''), title: `${name} ${fixed(value, 3)}`});
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
  const sum = segs.length > 2 ? described.replaceAll(', ', ' + ') : `keyword part ${fixed(k, 3)} + semantic part ${fixed(s, 3)}`;
  return el('div', {class: 'score', title: mode === 'hybrid' ? `${sum} = ${fixed(hit.score, 3)} (${e.fusion || ''})` : ''},
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


export function select(i, focus = true) {
  if (!state.result || !state.result.hits.length) return;
  state.selected = Math.max(0, Math.min(i, state.result.hits.length - 1));
  markSelected(focus);
}

function markSelected(focus) {
  const items = box.querySelectorAll('li.hit');
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

export async function tagHit(i, category) {
  select(i, false);
  const hit = state.result.hits[i];
  const item = box.querySelectorAll('li.hit')[i];
  await tagEditor(item, hit.publication_number, category);
}
