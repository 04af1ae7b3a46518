// The examiner's page: start-up (does this server need a key? which session?), the views behind
// hash routes (#/search, #/doc/NUMBER, #/chart, #/report), the status line and the keyboard.

import {get, onKeyNeeded, setKey, storedKey, ApiError} from './api.js';
import {state, on} from './state.js';
import {el, clear, fill, num, toast} from './dom.js';
import {loadSessions, initSessionBar, showError} from './session.js';
import {searchView, handleKey as searchKey, focusQuery, rerunSaved} from './search.js';
import {docView, openDocument, handleKey as docKey, onTagsChanged} from './document.js';
import {chartView, showChart} from './chart.js';
import {reportView, showReport} from './report.js';
import {sideView, showSide} from './side.js';

const main = document.getElementById('main');
let currentView = null;

// ---- the key: asked for only when the server needs one ------------------------------------------

let pendingKey = null;

function askKey(message) {
  if (pendingKey) return pendingKey;
  const dialog = document.getElementById('key-dialog');
  const error = document.getElementById('key-error');
  error.hidden = !message;
  error.textContent = message || '';
  pendingKey = new Promise(resolve => {
    const form = document.getElementById('key-form');
    const submit = e => {
      e.preventDefault();
      const key = document.getElementById('key-input').value.trim();
      if (!key) return;
      setKey(key, document.getElementById('key-remember').checked);
      form.removeEventListener('submit', submit);
      dialog.close();
      pendingKey = null;
      resolve();
    };
    form.addEventListener('submit', submit);
    dialog.addEventListener('cancel', e => e.preventDefault()); // the page cannot work without it
    document.getElementById('key-input').value = '';
    dialog.showModal();
  });
  return pendingKey;
}

async function identify() {
  for (;;) {
    try {
      state.whoami = await get('/api/v1/whoami');
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) { // a stored key that no longer works
        setKey(null);
        await askKey('The stored key was not accepted: ' + e.message);
        continue;
      }
      throw e;
    }
    if (state.whoami.key_required && !state.whoami.authenticated) {
      await askKey(storedKey() ? 'That key was not accepted.' : null);
      continue;
    }
    return state.whoami;
  }
}

// ---- status line ---------------------------------------------------------------------------------

async function refreshHealth() {
  const box = document.getElementById('status');
  try {
    const h = await fetch('/api/v1/health', {cache: 'no-store'}).then(r => r.json());
    state.health = h;
    const parts = [];
    if (h.status !== 'ok') parts.push('index ' + h.status);
    if (h.documents !== undefined) parts.push(num(h.documents) + ' documents');
    if (h.semantic && h.semantic.enabled) parts.push('semantic ' + Math.floor(h.semantic.coverage * 100) + '%');
    else if (h.semantic) parts.push('keyword only');
    if (h.indexing && h.indexing.state === 'indexing') parts.push('indexing ' + (h.indexing.percent ?? '') + '%');
    fill(box, el('a', {href: '/status', title: 'Server status'}, parts.join(' · ')),
      state.whoami && state.whoami.name ? el('span', {class: 'who', title: 'Role ' + state.whoami.role}, ' · ' + state.whoami.name) : null);
    const busy = h.status !== 'ok' || (h.semantic && h.semantic.enabled && h.semantic.coverage < 1) || (h.indexing && h.indexing.state === 'indexing');
    setTimeout(refreshHealth, busy ? 3000 : 30000);
  } catch (e) {
    fill(box, 'server unreachable');
    setTimeout(refreshHealth, 5000);
  }
}

// ---- views ---------------------------------------------------------------------------------------

function show(name, node) {
  if (currentView !== node) {
    fill(main, node);
    currentView = node;
  }
  document.querySelectorAll('.tabs a').forEach(a => {
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  document.body.dataset.view = name;
}

async function route() {
  const hash = location.hash || '#/search';
  const [, view, ...rest] = hash.split('/');
  switch (view) {
    case 'doc': {
      const number = rest.length ? decodeURIComponent(rest.join('/')) : '';
      show('doc', docView());
      document.title = (number || 'Document') + ' — PriorArt';
      await openDocument(number);
      break;
    }
    case 'chart':
      show('chart', chartView());
      document.title = 'Claim chart — PriorArt';
      showChart();
      break;
    case 'side': {
      const number = rest.length ? decodeURIComponent(rest.join('/')) : '';
      show('side', sideView());
      document.title = 'Side by side — PriorArt';
      await showSide(number);
      break;
    }
    case 'report':
      show('report', reportView());
      document.title = 'Search report — PriorArt';
      showReport();
      break;
    default:
      show('search', searchView());
      document.title = 'PriorArt';
  }
  if (view !== 'search' && view !== undefined) main.focus({preventScroll: true});
}

// ---- keyboard ------------------------------------------------------------------------------------

function typing(target) {
  return target && (target.closest('input, textarea, select, [contenteditable="true"]') !== null);
}

function onKey(e) {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
  if (document.querySelector('dialog[open]')) return;
  if (typing(e.target)) {
    if (e.key === 'Escape') e.target.blur();
    return;
  }
  // Enter or space on a focused button, link or summary does what that control does, not what the
  // view's shortcut for Enter does (open the selected hit).
  if ((e.key === 'Enter' || e.key === ' ') && e.target.closest && e.target.closest('button, a[href], summary, [role="button"]')) return;
  const view = document.body.dataset.view;
  let handled = false;
  if (e.key === '?') { document.getElementById('help-dialog').showModal(); handled = true; }
  else if (e.key === '/') { location.hash = '#/search'; setTimeout(focusQuery, 0); handled = true; }
  else if (['1', '2', '3', '4'].includes(e.key)) {
    location.hash = ['#/search', '#/doc', '#/chart', '#/report'][Number(e.key) - 1];
    handled = true;
  } else if (e.key === 'Escape' && view !== 'search') { location.hash = '#/search'; handled = true; }
  else if (view === 'search') handled = searchKey(e);
  else if (view === 'doc') handled = docKey(e);
  if (handled) e.preventDefault();
}

// ---- start ---------------------------------------------------------------------------------------

async function start() {
  onKeyNeeded(askKey);
  document.getElementById('help-button').addEventListener('click', () => document.getElementById('help-dialog').showModal());
  try {
    await identify();
    refreshHealth();
    initSessionBar();
    await loadSessions();
  } catch (e) {
    fill(main, el('p', {class: 'error'}, 'The page cannot start: ' + e.message));
    return;
  }
  on('tags', onTagsChanged);
  on('session', onTagsChanged); // another session: the open document shows that session's tag
  on('tag-editor-closed', onTagsChanged);
  window.addEventListener('hashchange', () => route().catch(showError));
  document.addEventListener('keydown', onKey);
  searchView();
  await rerunSaved(); // the last search of this tab, after a reload
  await route();
  document.body.dataset.ready = 'true';
}

start().catch(e => toast(e.message, 'error'));
