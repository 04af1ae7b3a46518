// Search sessions on the server: the current one is remembered per browser; tags and history are
// written through the API at once, so a closed tab or another machine loses nothing.

import {get, post, put, del, seg} from './api.js';
import {state, emit, normal} from './state.js';
import {el, clear, toast, when} from './dom.js';

const CURRENT = 'priorart.session';

export async function loadSessions() {
  state.sessions = (await get('/api/v1/sessions')).sessions;
  const wanted = localStorage.getItem(CURRENT);
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
  localStorage.setItem(CURRENT, id);
  renderSelect();
  emit('session');
}

/** Folds a change made in session id into the page's copy, unless the examiner has switched meanwhile (the server has it). */
function update(id, change) {
  if (state.session && state.session.id === id) state.session = change(state.session);
}

export async function newSession(name) {
  const s = await post('/api/v1/sessions', name ? {name} : {});
  state.sessions = [summary(s), ...state.sessions];
  await useSession(s.id);
  toast('New session: ' + s.name);
}

function summary(s) {
  return {id: s.id, name: s.name, created: s.created, updated: s.updated, tags: s.tags.length, searches: s.history.length};
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
  document.getElementById('session-new').addEventListener('click', () => {
    const name = prompt('Name of the new session (e.g. the application number):', '');
    if (name !== null) newSession(name.trim()).catch(showError);
  });
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
  return t;
}

export async function untag(number) {
  const id = state.session.id;
  await del('/api/v1/sessions/' + seg(id) + '/tags/' + seg(number));
  update(id, s => ({...s, tags: s.tags.filter(x => normal(x.publication_number) !== normal(number))}));
  emit('tags', number);
}

/** Records a search as run, with its hit count; the server stamps the time. */
export async function record(search, total) {
  const params = {...search};
  delete params.from;
  delete params.size;
  delete params.explain;
  const id = state.session.id;
  const entry = await post('/api/v1/sessions/' + seg(id) + '/history', {search: params, total});
  update(id, s => ({...s, history: [...s.history, entry]}));
  emit('history', entry);
}

export function showError(e) {
  toast(e.message || String(e), 'error');
}
