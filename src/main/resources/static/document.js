// The document page: a document's frozen text with every mention highlighted (known entities linked
// to the graph page, new names with their proposed kind), and the candidate facts proposed from it
// beside the text, to accept as proposed, correct and accept, or reject with a reason. Offsets from
// the API index the text as JavaScript strings do (UTF-16), so the text is cut at them directly.
'use strict';

const $ = (id) => document.getElementById(id);
const PAGE = 100;
const MENTION_PAGE = 10000;

const query = new URLSearchParams(location.search);
const state = {
  id: query.get('id'),
  status: query.get('status') || '',
  selected: query.get('candidate'),
  document: null,
  mentions: [],
  candidates: [],
  total: 0,
  types: [],
  // The facts accepted from this document, by id: what the reviewer made of each accepted candidate.
  facts: new Map()
};
// Kept on window so a person (or a browser test) can inspect what the page holds.
window.lodestone = { state };

// ---- the text -----------------------------------------------------------------------------------

function mentionNode(mention) {
  const text = state.document.text.substring(mention.start, mention.end);
  const data = { start: mention.start, end: mention.end, sentence: mention.sentence };
  if (mention.entity) {
    const entity = mention.entity;
    return element('a', { className: 'mention known', href: entityPage(entity.id),
      title: entity.type + ': ' + entity.name + ' (' + entity.id + ')',
      dataset: Object.assign(data, { entity: entity.id, type: entity.type }) }, text);
  }
  return element('span', { className: 'mention new', title: 'Not in the graph: a new ' + mention.proposedKind,
    dataset: Object.assign(data, { kind: mention.proposedKind }) }, text);
}

/**
 * The text cut into pieces at every mention and at the ends of the evidence span; the pieces inside
 * the span are wrapped in one <mark>. A mention the span cuts through is taken into it whole.
 */
function renderText(evidence) {
  const text = state.document.text;
  const pieces = [];
  const plain = (from, to) => {
    const cuts = [from, to];
    if (evidence) [evidence.start, evidence.end].forEach((at) => { if (at > from && at < to) cuts.push(at); });
    cuts.sort((a, b) => a - b);
    for (let i = 1; i < cuts.length; i++) {
      pieces.push({ start: cuts[i - 1], end: cuts[i], node: document.createTextNode(text.substring(cuts[i - 1], cuts[i])) });
    }
  };
  let at = 0;
  for (const mention of state.mentions) {
    if (mention.start < at || mention.end > text.length) continue;
    if (mention.start > at) plain(at, mention.start);
    pieces.push({ start: mention.start, end: mention.end, node: mentionNode(mention) });
    at = mention.end;
  }
  if (at < text.length) plain(at, text.length);

  const article = $('text');
  article.replaceChildren();
  let mark = null;
  for (const piece of pieces) {
    const inside = evidence && piece.start < evidence.end && piece.end > evidence.start;
    if (inside) {
      if (!mark) {
        mark = element('mark', { className: 'evidence', dataset: { start: piece.start } });
        article.append(mark);
      }
      mark.append(piece.node);
      mark.dataset.end = piece.end;
    } else {
      article.append(piece.node);
    }
  }
  return mark;
}

// ---- metadata -----------------------------------------------------------------------------------

function renderMetadata() {
  const d = state.document;
  document.title = (d.title || d.id) + ' · Lodestone';
  const rows = [['publisher', d.publisher], ['author', d.author], ['date', d.date], ['language', d.language],
    ['ingested', d.ingestedAt], ['mentions', d.mentions], ['candidates', d.candidates], ['id', d.id]];
  const list = element('dl', {});
  rows.filter(([, value]) => value !== null && value !== undefined && value !== '')
    .forEach(([name, value]) => list.append(element('dt', {}, name), element('dd', { dataset: { field: name } }, String(value))));
  if (d.url) {
    list.append(element('dt', {}, 'url'), element('dd', { dataset: { field: 'url' } },
      /^https?:\/\//i.test(d.url) ? element('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, d.url) : d.url));
  }
  $('metadata').replaceChildren(element('h2', { id: 'title' }, d.title || d.id), list);
}

// ---- candidates ---------------------------------------------------------------------------------

function endNode(end) {
  if (end.id) {
    return element('span', { className: 'end', dataset: { entity: end.id } },
      element('a', { href: entityPage(end.id), title: end.id }, end.name));
  }
  return element('span', { className: 'end new-end', dataset: { kind: end.kind || '' } },
    element('span', { className: 'new-name', title: 'Not in the graph' }, end.name),
    element('span', { className: 'muted' }, ' (new' + (end.kind ? ' ' + end.kind : '') + ')'));
}

const factWords = (start, type, end) => start.name + ' —' + (type || '?') + '→ ' + end.name;
const percent = (share) => Math.round(share * 1000) / 10 + '%';

function candidateNode(c) {
  const values = [];
  if (c.amount !== null && c.amount !== undefined) values.push(c.amount.toLocaleString('en') + (c.unit ? ' ' + c.unit : ''));
  if (c.share !== null && c.share !== undefined) values.push(percent(c.share));
  const facts = [
    ['date', c.date],
    ['values', values.join(', ') || null],
    ['as written', c.valueText],
    ['confidence', c.confidence.toFixed(2)],
    ['status', c.status + (c.decidedBy ? ' by ' + c.decidedBy : '') + (c.decidedAt ? ' at ' + c.decidedAt : '')],
    ['reason', c.reason],
    ['fact', c.fact]
  ].filter(([, value]) => value !== null && value !== undefined);
  const list = element('dl', {});
  facts.forEach(([name, value]) => list.append(element('dt', {}, name), element('dd', { dataset: { field: name } }, value)));

  const card = element('li', { className: 'candidate status-' + c.status, tabindex: 0,
      dataset: { id: c.id, status: c.status, start: c.evidenceStart, end: c.evidenceEnd } },
    element('h3', {}, element('span', { className: 'type' }, c.type || 'open type'), ' ', endNode(c.start), ' → ', endNode(c.end)),
    element('blockquote', { className: 'evidence' }, c.evidence),
    list,
    c.why ? element('details', { className: 'why' }, element('summary', {}, 'why proposed'), element('p', {}, c.why)) : null,
    c.status === 'proposed' ? element('div', { className: 'actions' },
      element('button', { type: 'button', className: 'accept' }, 'Accept'),
      element('button', { type: 'button', className: 'correct' }, 'Correct…'),
      element('button', { type: 'button', className: 'reject' }, 'Reject…')) : null,
    c.status === 'accepted' ? acceptedAs(c) : null,
    element('div', { className: 'form' }),
    element('p', { className: 'problem error', role: 'alert' }));
  card.classList.toggle('selected', c.id === state.selected);
  return card;
}

/** The fact an accepted candidate became, as the graph holds it (type and ends may have been corrected). */
function acceptedAs(c) {
  const fact = state.facts.get(c.fact);
  if (!fact) return element('p', { className: 'accepted-as' }, 'Accepted as ', c.fact);
  const link = (node) => element('a', { href: entityPage(node.id), dataset: { entity: node.id } }, node.name);
  return element('p', { className: 'accepted-as', dataset: { fact: fact.id } }, 'In the graph: ', link(fact.start),
    ' —' + fact.type + '→ ', link(fact.end), ' ', element('span', { className: 'muted' }, fact.id));
}

/** The facts accepted from the document: the document is their source (source:document-<key>). */
async function loadFacts() {
  try {
    const source = await api.get('/api/sources/source:' + encodeURIComponent(state.id.replace(':', '-')));
    state.facts = new Map(source.facts.map((fact) => [fact.id, fact]));
  } catch (problem) {
    if (problem.status !== 404) throw problem; // nothing accepted from this document yet
    state.facts = new Map();
  }
}

function renderCandidates() {
  $('candidates').replaceChildren(...state.candidates.map(candidateNode));
  $('candidate-count').textContent = state.candidates.length + ' of ' + state.total;
  $('more').hidden = state.candidates.length >= state.total;
}

// Each list of candidates asked for; one that arrives after a newer one was asked for (the filter
// changed meanwhile) is dropped, so the list always answers the filter shown.
let candidatesAsked = 0;

async function loadCandidates(more) {
  const mine = ++candidatesAsked;
  const page = await api.get('/api/candidates', { document: state.id, status: state.status,
    offset: more ? state.candidates.length : 0, limit: PAGE });
  if (mine !== candidatesAsked) return;
  state.candidates = more ? state.candidates.concat(page.candidates) : page.candidates;
  state.total = page.total;
  if (state.candidates.some((c) => c.status === 'accepted' && !state.facts.has(c.fact))) await loadFacts();
  renderCandidates();
}

function select(id) {
  state.selected = id;
  const c = state.candidates.find((candidate) => candidate.id === id);
  document.querySelectorAll('#candidates .candidate').forEach((card) => card.classList.toggle('selected', card.dataset.id === id));
  const mark = renderText(c ? { start: c.evidenceStart, end: c.evidenceEnd } : null);
  if (mark) mark.scrollIntoView({ block: 'center' });
  remember();
}

/** The view in the URL (document, status filter, selected candidate); never the token. */
function remember() {
  history.replaceState(null, '', location.pathname + queryString({ id: state.id, status: state.status, candidate: state.selected }));
}

function showProblem(card, problem) {
  const text = problem instanceof Problem ? problem.describe() : String(problem);
  card.querySelector('.problem').textContent = text
    + (problem.status === 401 ? ' Enter an editor token at the top of the page.' : '');
  status(text);
}

function status(text) {
  $('status').textContent = text;
}

/** Replaces a candidate with the API's answer after a decision, and says what happened. */
function decided(answer, what) {
  const i = state.candidates.findIndex((c) => c.id === answer.id);
  if (i >= 0) state.candidates[i] = answer;
  renderCandidates();
  status(what);
}

/** @param fact what the reviewer accepts, as words: "Nokia —SUPPLIES→ Viettel Group" */
async function accept(c, card, correction, fact) {
  card.querySelector('.problem').textContent = '';
  try {
    const answer = await api.post('/api/candidates/' + encodeURIComponent(c.id) + '/accept', correction);
    await loadFacts().catch(() => { /* the card then names the fact by its id */ });
    decided(answer, 'Accepted ' + c.id + ' as ' + answer.fact + ': ' + fact + '.');
  } catch (problem) {
    showProblem(card, problem);
  }
}

async function reject(c, card, reason) {
  card.querySelector('.problem').textContent = '';
  try {
    const answer = await api.post('/api/candidates/' + encodeURIComponent(c.id) + '/reject', { reason });
    decided(answer, 'Rejected ' + c.id + '.');
  } catch (problem) {
    showProblem(card, problem);
  }
}

// ---- the reject and correction forms ----------------------------------------------------------

function rejectForm(c, card) {
  const reason = element('textarea', { name: 'reason', rows: 2, required: true,
    placeholder: 'Why: the sentence reports a plan, not a contract…', 'aria-label': 'Reason' });
  const form = element('form', { className: 'reject-form' }, element('label', {}, 'Reason', reason),
    element('button', { type: 'submit' }, 'Reject'), element('button', { type: 'button', className: 'cancel' }, 'Cancel'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    reject(c, card, reason.value.trim());
  });
  return form;
}

const slug = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * One end of the correction: as proposed, an existing entity found by name (GET /api/entities?q=),
 * or a new entity with its id (kind:key) and name. Returns the fieldset and a function giving the
 * end's correction (undefined when kept).
 */
function endChooser(label, end, changed) {
  const existing = !end.id;
  const mode = element('select', { className: 'mode', 'aria-label': label + ': how' },
    element('option', { value: 'keep' }, end.id ? 'as proposed' : 'as proposed (not in the graph)'),
    element('option', { value: 'existing' }, 'an existing entity'),
    element('option', { value: 'create' }, 'a new entity'));
  const q = element('input', { type: 'search', className: 'entity-q', value: end.name, 'aria-label': label + ': search an entity' });
  const find = element('button', { type: 'button', className: 'find' }, 'Find');
  const hits = element('ul', { className: 'entity-hits plain' });
  const chosen = element('span', { className: 'chosen' });
  const newId = element('input', { className: 'new-id', value: (end.kind || 'firm') + ':' + slug(end.name),
    'aria-label': label + ': new entity id', size: 24 });
  const newName = element('input', { className: 'new-name', value: end.name, 'aria-label': label + ': new entity name' });
  const search = element('div', { className: 'when-existing' }, q, find, ' ', chosen, hits);
  const create = element('div', { className: 'when-create' },
    element('label', {}, 'id ', newId), ' ', element('label', {}, 'name ', newName));
  const fieldset = element('fieldset', { className: 'end-chooser', dataset: { end: label.toLowerCase() } },
    element('legend', {}, label + ': ', end.name, end.id ? ' (' + end.id + ')' : ' (new ' + (end.kind || 'name') + ')'),
    mode, search, create);
  const showMode = () => {
    search.hidden = mode.value !== 'existing';
    create.hidden = mode.value !== 'create';
  };
  mode.addEventListener('change', () => { showMode(); changed(); });
  newName.addEventListener('input', changed);
  mode.value = existing ? 'existing' : 'keep';
  showMode();

  const lookUp = async () => {
    hits.replaceChildren(element('li', { className: 'muted' }, 'searching…'));
    try {
      const found = await api.get('/api/entities', { q: q.value, limit: 8 });
      hits.replaceChildren(...found.map((hit) => {
        const pick = element('button', { type: 'button', className: 'pick', dataset: { id: hit.id } }, 'Use');
        pick.addEventListener('click', () => {
          chosen.textContent = hit.name + ' (' + hit.id + ')';
          chosen.dataset.id = hit.id;
          chosen.dataset.name = hit.name;
          hits.replaceChildren();
          changed();
        });
        return element('li', { dataset: { id: hit.id } }, pick, ' ', hit.name, ' ', element('span', { className: 'muted' }, hit.id));
      }));
      if (!found.length) hits.replaceChildren(element('li', { className: 'muted' }, 'no entity found'));
    } catch (problem) {
      hits.replaceChildren(element('li', { className: 'error' }, problem.describe ? problem.describe() : String(problem)));
    }
  };
  find.addEventListener('click', lookUp);
  q.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      lookUp();
    }
  });

  const value = () => {
    if (mode.value === 'existing') {
      // Nothing picked: the name searched for is taken as an id if it is one, else the API says what is wrong.
      return { id: chosen.dataset.id || q.value.trim() };
    }
    if (mode.value === 'create') return { id: newId.value.trim(), name: newName.value.trim(), create: true };
    return undefined;
  };
  /** The end as the fact will have it, for the preview. */
  const shown = () => ({ name: mode.value === 'existing' && chosen.dataset.name ? chosen.dataset.name
    : mode.value === 'create' ? newName.value.trim() : end.name });
  return { fieldset, value, shown };
}

function typeSelect(c) {
  const select = element('select', { name: 'type', 'aria-label': 'Type' },
    element('option', { value: '' }, c.type ? c.type + ' (as proposed)' : 'choose a type'));
  state.types.forEach((rule) => select.append(element('option', { value: rule.type, title: rule.description },
    rule.type + ' — ' + rule.startKinds.join('/') + ' → ' + rule.endKinds.join('/'))));
  return select;
}

function correctionForm(c, card) {
  const field = (name, label, value, attributes) => {
    const input = element('input', Object.assign({ name, value: value === null || value === undefined ? '' : String(value) }, attributes || {}));
    return { input, node: element('label', {}, label + ' ', input) };
  };
  const type = typeSelect(c);
  const reverse = element('input', { type: 'checkbox', name: 'reverse' });
  const start = endChooser('Start', c.start, () => showPreview());
  const end = endChooser('End', c.end, () => showPreview());
  const preview = element('p', { className: 'preview' });
  const fields = {
    date: field('date', 'date', c.date, { placeholder: 'YYYY-MM-DD', size: 10 }),
    validFrom: field('validFrom', 'valid from', '', { placeholder: 'YYYY-MM-DD', size: 10 }),
    validTo: field('validTo', 'valid to', '', { placeholder: 'YYYY-MM-DD', size: 10 }),
    amount: field('amount', 'amount', c.amount, { type: 'number', step: 'any' }),
    unit: field('unit', 'unit', c.unit, { size: 6 }),
    share: field('share', 'share (0–1)', c.share, { type: 'number', step: 'any', min: 0, max: 1 }),
    valueText: field('valueText', 'as written', c.valueText),
    note: field('note', 'note', '')
  };
  const confidence = element('select', { name: 'confidence', 'aria-label': 'Confidence' },
    element('option', { value: '' }, 'from the score'),
    ...['high', 'medium', 'low'].map((level) => element('option', { value: level }, level)));

  function showPreview() {
    const [from, to] = reverse.checked ? [end.shown(), start.shown()] : [start.shown(), end.shown()];
    preview.textContent = 'Fact: ' + factWords(from, type.value || c.type, to);
  }
  type.addEventListener('change', showPreview);
  reverse.addEventListener('change', showPreview);
  showPreview();

  const form = element('form', { className: 'correction' },
    element('label', {}, 'type ', type), ' ',
    element('label', {}, reverse, ' swap direction'),
    preview, start.fieldset, end.fieldset,
    element('div', { className: 'values' }, ...Object.values(fields).map((f) => f.node), element('label', {}, 'confidence ', confidence)),
    element('button', { type: 'submit' }, 'Accept with corrections'),
    element('button', { type: 'button', className: 'cancel' }, 'Cancel'));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const correction = {};
    if (type.value) correction.type = type.value;
    if (reverse.checked) correction.reverse = true;
    // The choosers are labelled with the candidate's ends; reversing swaps them before corrections apply.
    const [first, second] = reverse.checked ? ['end', 'start'] : ['start', 'end'];
    if (start.value()) correction[first] = start.value();
    if (end.value()) correction[second] = end.value();
    const original = { date: c.date, amount: c.amount, unit: c.unit, share: c.share, valueText: c.valueText };
    Object.entries(fields).forEach(([name, f]) => {
      const value = f.input.value.trim();
      const was = original[name] === null || original[name] === undefined ? '' : String(original[name]);
      if (value === was) return;
      correction[name] = value === '' ? null : (name === 'amount' || name === 'share' ? Number(value) : value);
    });
    if (confidence.value) correction.confidence = confidence.value;
    accept(c, card, correction, preview.textContent.replace(/^Fact: /, ''));
  });
  return form;
}

// ---- events -------------------------------------------------------------------------------------

$('candidates').addEventListener('click', (event) => {
  const card = event.target.closest('.candidate');
  if (!card) return;
  const c = state.candidates.find((candidate) => candidate.id === card.dataset.id);
  const button = event.target.closest('button');
  const slot = card.querySelector('.form');
  if (button && button.classList.contains('accept')) accept(c, card, undefined, factWords(c.start, c.type, c.end));
  else if (button && button.classList.contains('reject')) slot.replaceChildren(rejectForm(c, card));
  else if (button && button.classList.contains('correct')) slot.replaceChildren(correctionForm(c, card));
  else if (button && button.classList.contains('cancel')) slot.replaceChildren();
  else if (!event.target.closest('a, form, details, button, input, select, textarea')) select(c.id);
});
$('candidates').addEventListener('keydown', (event) => {
  const card = event.target.classList && event.target.classList.contains('candidate') ? event.target : null;
  if (card && event.key === 'Enter') select(card.dataset.id);
});

$('status-filter').addEventListener('change', async () => {
  state.status = $('status-filter').value;
  remember();
  try {
    await loadCandidates(false);
  } catch (problem) {
    status(problem.describe ? problem.describe() : String(problem));
  }
});
$('more').addEventListener('click', () => loadCandidates(true).catch((problem) => status(problem.describe())));

tokenForm($('token-form'), $('token'), $('forget-token'), $('token-state'));

async function start() {
  if (!state.id) {
    status('No document given: open one from the list of documents.');
    location.replace('/documents.html');
    return;
  }
  $('status-filter').value = state.status;
  try {
    state.document = await api.get('/api/documents/' + encodeURIComponent(state.id));
    renderMetadata();
    // Mentions in pages of 10 000 until the document's count: bounded by the document, not the graph.
    state.mentions = [];
    while (state.mentions.length < state.document.mentions) {
      const page = await api.get('/api/documents/' + encodeURIComponent(state.id) + '/mentions',
        { offset: state.mentions.length, limit: MENTION_PAGE });
      if (!page.length) break;
      state.mentions.push(...page);
    }
    renderText(null);
    state.types = await api.get('/api/relationship-types');
    await loadCandidates(false);
    if (state.selected && state.candidates.some((c) => c.id === state.selected)) {
      select(state.selected);
      document.querySelector('#candidates .candidate.selected').scrollIntoView({ block: 'nearest' });
    }
    status(state.mentions.length + ' mentions, ' + state.total + ' candidate facts'
      + (state.status ? ' ' + state.status : '') + '. Click a candidate to see its evidence in the text.');
  } catch (problem) {
    status(problem.describe ? problem.describe() : String(problem));
  } finally {
    document.body.dataset.ready = 'true';
  }
}

start();
