// What the views share: the current search and its results, the session (tags, history), the
// documents chosen for the claim chart. Views listen for changes instead of calling each other.

const listeners = new Map();

export const state = {
  whoami: null,
  health: null,
  session: null,          // the current session: {id, name, tags:[...], history:[...]}
  sessions: [],           // summaries
  search: null,           // the parameters of the current search (as sent to /api/v1/search)
  result: null,           // its answer
  selected: -1,           // the selected hit on the page
  chartHits: [],          // publication numbers chosen for the claim chart, in order
  doc: null,              // the open document (canonical JSON)
  chartClaim: '',         // the claim to chart
};

export function on(event, fn) {
  if (!listeners.has(event)) listeners.set(event, []);
  listeners.get(event).push(fn);
}

export function emit(event, data) {
  for (const fn of listeners.get(event) || []) {
    try {
      fn(data);
    } catch (e) {
      console.error(e);
    }
  }
}

/** The tag of a document in the current session, or null (numbers compared without spaces and case). */
export function tagOf(number) {
  if (!state.session) return null;
  const k = normal(number);
  return state.session.tags.find(t => normal(t.publication_number) === k) || null;
}

export function normal(number) {
  return String(number || '').replace(/[\s,]/g, '').toUpperCase();
}

export function isCharted(number) {
  return state.chartHits.some(n => normal(n) === normal(number));
}

export function toggleChart(number) {
  if (isCharted(number)) {
    state.chartHits = state.chartHits.filter(n => normal(n) !== normal(number));
  } else if (state.chartHits.length < 10) {
    state.chartHits = [...state.chartHits, number];
  } else {
    return false;
  }
  emit('chart-hits');
  return true;
}
