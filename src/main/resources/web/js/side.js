// Side by side: the claim under examination beside a prior-art document, the claim's elements
// aligned with the document's best passages (the words that match and the passage nearest in
// meaning, with their BM25 and cosine), on a wide screen two columns, and printable. The claim is
// the case's first claim (else the one in the chart box); the passages are the claim chart's, for
// this one document.

import {post, seg} from './api.js';
import {state} from './state.js';
import {el, fill, highlighted, fixed} from './dom.js';

let view;
let box;

export function sideView() {
  if (view) return view;
  box = el('section', {class: 'side-by-side', id: 'side-by-side', aria: {live: 'polite'}});
  view = el('div', {class: 'side-view'}, box);
  return view;
}

/** The claim under examination: the case's first claim, else the claim in the chart box. */
function claimText() {
  const c = state.session && state.session.case;
  if (c && c.claims && c.claims.length) return c.claims[0];
  return (document.getElementById('chart-claim') || {}).value || state.chartClaim || '';
}

export async function showSide(number) {
  sideView();
  const claim = claimText().trim();
  if (!number) { fill(box, el('p', {class: 'empty'}, 'Open a document and choose "Side by side".')); return; }
  if (!claim) { fill(box, el('p', {class: 'empty'}, 'Declare the case (New session) or write a claim in the Claim chart view first.')); return; }
  fill(box, el('p', {class: 'loading'}, 'Aligning the claim with ' + number + '…'));
  try {
    const chart = await post('/api/v1/claim-chart', {claim, hits: [number], mode: 'hybrid'});
    const doc = chart.hits[0];
    const c = state.session && state.session.case;
    fill(box,
      el('h2', {}, 'Side by side'),
      el('table', {class: 'side', id: 'side-table'},
        el('thead', {}, el('tr', {},
          el('th', {scope: 'col'}, 'Claim 1 of ' + (c ? c.number : 'the application')),
          el('th', {scope: 'col'}, el('a', {href: '#/doc/' + encodeURIComponent(doc.publication_number)}, doc.publication_number),
            ' ', doc.title || '', doc.publication_date ? ' (' + doc.publication_date + ')' : ''))),
        el('tbody', {}, chart.elements.map(e => {
          const cell = e.cells[0];
          return el('tr', {},
            el('th', {scope: 'row', class: 'element'}, el('span', {class: 'label'}, e.label), ' ', e.text),
            el('td', {},
              cell.keyword ? el('div', {class: 'side-passage kw'}, el('span', {class: 'where'}, cell.keyword.location
                + (cell.keyword.score !== undefined ? ' · BM25 ' + fixed(cell.keyword.score, 2) : '')),
              el('span', {class: 'text'}, highlighted(cell.keyword.text, cell.keyword.highlights))) : null,
              cell.semantic && !(cell.keyword && cell.keyword.text === cell.semantic.text) ? el('div', {class: 'side-passage sem'},
                el('span', {class: 'where'}, cell.semantic.location + ' · cos ' + fixed(cell.semantic.score, 3)),
                el('span', {class: 'text'}, cell.semantic.text)) : null,
              !cell.keyword && !cell.semantic ? el('span', {class: 'hint'}, 'nothing found for this element') : null));
        }))));
  } catch (e) {
    fill(box, el('p', {class: 'error'}, e.message));
  }
}
