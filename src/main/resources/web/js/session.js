// Search sessions on the server: the current one is remembered per tab; tags, history, the case and
// the chart are written through the API at once, so a closed tab or another machine loses nothing,
// and other tabs of the same browser are told to read the session again (they never disagree).

import {get, post, put, del, seg} from './api.js';
import {state, emit, normal} from './state.js';
import {el, clear, toast, when} from './dom.js';

const CURRENT = 'priorart.session';

/** Tabs of this browser tell each other when a session changed; each reads it again from the server. */
const channel = 'BroadcastChannel' in window ? new BroadcastChannel('priorart-sessions') : null;
if (channel) {
  channel.onmessage = e => {
    if (e.data && state.session && e.data.id === state.session.id) refreshSession().catch(showError);
    else if (e.data && e.data.list) get('/api/v1/sessions').then(r => { state.sessions = r.sessions; renderSelect(); }).catch(showError);
  };
}

/** Tells the other tabs that this session changed. */
export function changed(id, list = false) {
  if (channel) channel.postMessage({id, list});
}

/** Reads the current session again (another tab changed it). */
export async function refreshSession() {
  if (!state.session) return;
  const s = await get('/api/v1/sessions/' + seg(state.session.id));
  if (state.session && state.session.id === s.id) {
    state.session = s;
    emit('session-refreshed');
    emit('tags');
    emit('history');
  }
}

export async function loadSessions() {
  state.sessions = (await get('/api/v1/sessions')).sessions;
  // This tab's session after a reload; else the one changed last (the list is newest first), not
  // whatever another tab happened to open last.
  const wanted = sessionStorage.getItem(CURRENT);
  const id = state.sessions.some(s => s.id === wanted) ? wanted : state.sessions[0]?.id;
  if (id) {
    await useSession(id);
  } else {
    await newSession();
  }
}

/** The session asked for last: when the examiner switches twice quickly, the earlier answer is dropped. */
let wantedSession = null;

export async function useSession(id) {
  wantedSession = id;
  const s = await get('/api/v1/sessions/' + seg(id));
  if (wantedSession !== id) return;
  if (!state.session || state.session.id !== s.id) state.chart = null; // the report's chart was the other session's
  state.session = s;
  sessionStorage.setItem(CURRENT, id);
  renderSelect();
  emit('session');
}

/** Folds a change made in session id into the page's copy, unless the examiner has switched meanwhile (the server has it). */
function update(id, change) {
  if (state.session && state.session.id === id) state.session = change(state.session);
}

export async function newSession(name, caseData) {
  const s = await post('/api/v1/sessions', name ? {name} : {});
  if (caseData) {
    try {
      await put('/api/v1/sessions/' + seg(s.id) + '/case', caseData);
    } catch (e) {
      await del('/api/v1/sessions/' + seg(s.id)); // no half-made case: the examiner corrects the form
      throw e;
    }
  }
  state.sessions = [summary(s), ...state.sessions];
  await useSession(s.id);
  changed(s.id, true);
  toast('New session: ' + s.name);
}

function summary(s) {
  return {id: s.id, name: s.name, created: s.created, updated: s.updated, tags: s.tags.length, searches: s.history.length};
}

/** The "New session" dialog: a name, and the case (an indexed application, or its data pasted). */
function openNewSession() {
  const dialog = document.getElementById('session-dialog');
  const form = document.getElementById('session-form');
  const error = document.getElementById('session-error');
  form.reset();
  error.hidden = true;
  dialog.showModal();
  document.getElementById('session-name').focus();
}

async function submitNewSession(e) {
  e.preventDefault();
  const error = document.getElementById('session-error');
  const v = id => document.getElementById(id).value.trim();
  const name = v('session-name');
  const application = v('case-application');
  const number = v('case-number');
  let caseData = null;
  if (application) caseData = {application};
  if (number || v('case-priority') || v('case-filing') || v('case-claims')) {
    caseData = {...(caseData || {})};
    if (number) caseData.number = number;
    if (v('case-title')) caseData.title = v('case-title');
    if (v('case-priority')) caseData.priority_date = v('case-priority');
    if (v('case-filing')) caseData.filing_date = v('case-filing');
    const claims = v('case-claims').split(/\n\s*\n|\n(?=\s*\d+\s*[.)])/).map(c => c.trim()).filter(Boolean);
    if (claims.length) caseData.claims = claims;
    const cpc = v('case-cpc').split(/[,;\s]+/).filter(Boolean);
    if (cpc.length) caseData.cpc = cpc;
  }
  try {
    await newSession(name || application || number, caseData);
    document.getElementById('session-dialog').close();
  } catch (x) {
    error.textContent = x.message + (x.details && x.details.parameter ? ' (' + x.details.parameter + ')' : '');
    error.hidden = false;
  }
}

function renderSelect() {
  const select = document.getElementById('session-select');
  clear(select);
  for (const s of state.sessions) {
    select.append(el('option', {value: s.id, selected: state.session && s.id === state.session.id, title: 'changed ' + when(s.updated)},
      s.name));
  }
}

export function initSessionBar() {
  document.getElementById('session-select').addEventListener('change', e => useSession(e.target.value).catch(showError));
  document.getElementById('session-new').addEventListener('click', openNewSession);
  document.getElementById('session-form').addEventListener('submit', e => submitNewSession(e).catch(showError));
  document.getElementById('session-cancel').addEventListener('click', () => document.getElementById('session-dialog').close());
}

/** Tags a document X, Y or A (with a note and the claims it concerns), or changes its tag. */
export async function tag(number, category, note = '', claims = '') {
  const id = state.session.id;
  const t = await put('/api/v1/sessions/' + seg(id) + '/tags/' + seg(number), {category, note, claims});
  update(id, s => {
    const tags = s.tags.filter(x => normal(x.publication_number) !== normal(t.publication_number));
    const at = s.tags.findIndex(x => normal(x.publication_number) === normal(t.publication_number));
    if (at >= 0) tags.splice(at, 0, t); else tags.push(t);
    return {...s, tags};
  });
  emit('tags', t.publication_number);
  changed(id);
  return t;
}

export async function untag(number) {
  const id = state.session.id;
  await del('/api/v1/sessions/' + seg(id) + '/tags/' + seg(number));
  update(id, s => ({...s, tags: s.tags.filter(x => normal(x.publication_number) !== normal(number))}));
  emit('tags', number);
  changed(id);
}

/** Records a search as run, with its hit count; the server stamps the time. */
export async function record(search, total, ranked) {
  const params = {...search};
  delete params.from;
  delete params.size;
  delete params.explain;
  const id = state.session.id;
  const body = {search: params, total};
  if (ranked) body.ranked = ranked;
  const entry = await post('/api/v1/sessions/' + seg(id) + '/history', body);
  update(id, s => ({...s, history: [...s.history, entry]}));
  emit('history', entry);
  changed(id);
}

/** A search of the case made a numbered set: the server recorded it; the page's copy follows. */
export async function recordedSet() {
  await refreshSession();
  changed(state.session.id);
}

export function showError(e) {
  toast(e.message || String(e), 'error');
}
