// The documents held by Lodestone, newest first, or those whose text holds the words searched for
// (best first, each with a snippet and its matches marked). The search and page are in the URL.
'use strict';

const $ = (id) => document.getElementById(id);
const LIMIT = 20;

/** The snippet with its matches in <mark>, cut at the API's offsets: text, never HTML. */
function snippet(hit) {
  const text = hit.snippet;
  const node = element('p', { className: 'snippet' }, hit.snippetStart > 0 ? '…' : '');
  let at = 0;
  for (const { start, end } of hit.highlights || []) {
    if (start < at || end > text.length) continue;
    node.append(text.substring(at, start), element('mark', {}, text.substring(start, end)));
    at = end;
  }
  node.append(text.substring(at), '…');
  return node;
}

function item(d) {
  const about = [d.publisher, d.author, d.date].filter(Boolean).join(' · ');
  return element('li', { dataset: { id: d.id } },
    element('a', { href: documentPage(d.id), className: 'title' }, d.title || d.id),
    element('div', { className: 'muted' }, about, about ? ' · ' : '', d.mentions + ' mentions · ' + d.length + ' characters · ',
      'ingested ' + d.ingestedAt),
    d.snippet ? snippet(d) : null);
}

// Each listing asked for; an answer that arrives after a newer one was asked for is dropped, so a
// search typed while the first list loads is not overwritten by that list.
let asked = 0;

async function show() {
  const query = new URLSearchParams(location.search);
  const q = (query.get('q') || '').trim();
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const mine = ++asked;
  $('q').value = q;
  try {
    const page = await api.get('/api/documents', { q, offset, limit: LIMIT });
    if (mine !== asked) {
      return;
    }
    $('documents').replaceChildren(...page.documents.map(item));
    const shown = page.documents.length;
    const total = page.total === undefined || page.total === null ? null : page.total;
    $('status').textContent = shown === 0 ? (q ? 'No document holds "' + q + '".' : 'No document yet: ingest one with POST /api/documents.')
      : (q ? 'Documents holding "' + q + '", best first' : 'Documents, newest first') + ': ' + (offset + 1) + '–' + (offset + shown)
        + (total !== null ? ' of ' + total : '') + '.';
    $('previous').hidden = offset === 0;
    $('next').hidden = total !== null ? offset + shown >= total : shown < LIMIT;
    $('previous').onclick = () => go(q, Math.max(0, offset - LIMIT));
    $('next').onclick = () => go(q, offset + LIMIT);
  } catch (problem) {
    if (mine === asked) {
      $('status').textContent = problem.describe ? problem.describe() : String(problem);
    }
  } finally {
    if (mine === asked) {
      document.body.dataset.ready = 'true';
    }
  }
}

function go(q, offset) {
  const url = new URL(location.href);
  url.search = '';
  if (q) url.searchParams.set('q', q);
  if (offset) url.searchParams.set('offset', offset);
  history.pushState(null, '', url);
  show();
}

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  go($('q').value.trim(), 0);
});
window.addEventListener('popstate', show);
show();
