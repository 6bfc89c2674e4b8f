// The graph page: search entities, show neighbourhoods, draw the paths between two entities and
// read the sources of every relationship. Only the query API is used; Cytoscape.js draws and lays out.
'use strict';

// The colours of the Browser style (styles/lodestone.grass), so both views read alike.
const COLOURS = {
  Country: '#4C8EDA', Bloc: '#1F4E8C', Firm: '#57C7E3', Person: '#DA7194', Institution: '#8DCC93',
  Mineral: '#F79767', Technology: '#FFC454', Facility: '#C990C0', Agreement: '#F16667', Policy: '#D9C8AE',
  Project: '#569480', Event: '#ECB5C9', Region: '#4C8E8E', Status: '#BDBDBD'
};

const $ = (id) => document.getElementById(id);
const picked = { from: null, to: null };

const cy = cytoscape({
  container: $('graph'),
  wheelSensitivity: 0.3,
  style: [
    { selector: 'node', style: {
      'label': 'data(name)', 'background-color': (node) => COLOURS[node.data('type')] || '#A5ABB6',
      'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, 'width': 28, 'height': 28 } },
    { selector: 'node.end', style: { 'border-width': 4, 'border-color': '#222' } },
    { selector: 'edge', style: {
      'label': 'data(type)', 'font-size': 7, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
      'width': 1.5, 'line-color': '#A5ABB6', 'target-arrow-color': '#A5ABB6', 'text-rotation': 'autorotate',
      'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    { selector: ':selected', style: { 'line-color': '#d62728', 'target-arrow-color': '#d62728', 'border-width': 3 } }
  ]
});
// Kept on window so a person (or a browser test) can inspect what is drawn from the console.
window.lodestone = { cy };

function asOf() {
  return $('as-of-on').checked && $('as-of').value ? $('as-of').value : null;
}

async function getJson(path, params) {
  const url = new URL(path, location.origin);
  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(key, value);
  });
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

function status(text, isError) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined && text !== null) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function addNode(node) {
  if (cy.getElementById(node.id).empty()) {
    cy.add({ group: 'nodes', data: { id: node.id, name: node.name, type: node.type } });
  }
}

function addFact(fact) {
  if (cy.getElementById(fact.id).empty()) {
    cy.add({ group: 'edges', data: { id: fact.id, source: fact.startId, target: fact.endId, type: fact.type, fact } });
  }
}

function layout(root) {
  cy.layout(root
    ? { name: 'breadthfirst', roots: [root], directed: false, spacingFactor: 1.2, animate: false }
    : { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 }).run();
}

async function search(event) {
  event.preventDefault();
  const q = $('search').value.trim();
  if (!q) return;
  try {
    const hits = await getJson('/api/entities', { q, limit: 10 });
    const list = $('results');
    list.replaceChildren();
    hits.forEach((hit) => {
      const item = element('li');
      item.dataset.id = hit.id;
      item.append(element('span', hit.name + ' '), element('span', hit.type, 'type'), element('br'));
      item.append(button('Neighbourhood', () => expand(hit.id)), button('From', () => pick('from', hit)),
        button('To', () => pick('to', hit)));
      list.append(item);
    });
    status(hits.length ? hits.length + ' entities match "' + q + '".' : 'Nothing matches "' + q + '".');
  } catch (e) {
    status(e.message, true);
  }
}

function button(label, action) {
  const b = element('button', label);
  b.type = 'button';
  b.addEventListener('click', action);
  return b;
}

function pick(end, node) {
  picked[end] = node;
  $(end).textContent = node.name;
  $('draw').disabled = !(picked.from && picked.to);
}

async function expand(id) {
  try {
    const subgraph = await getJson('/api/entities/' + id + '/neighbourhood', { depth: 1, asOf: asOf() });
    subgraph.nodes.forEach(addNode);
    subgraph.relationships.forEach(addFact);
    layout();
    status(subgraph.nodes.length + ' entities and ' + subgraph.relationships.length + ' facts around ' + id
      + (asOf() ? ' as of ' + asOf() : '') + '.');
  } catch (e) {
    status(e.message, true);
  }
}

async function drawPaths() {
  try {
    const answer = await getJson('/api/paths', { from: picked.from.id, to: picked.to.id, asOf: asOf() });
    cy.elements().remove();
    const list = $('paths');
    list.replaceChildren();
    answer.paths.forEach((path) => {
      path.nodes.forEach(addNode);
      path.relationships.forEach(addFact);
      list.append(element('li', path.nodes.map((n) => n.name).join(' → ')));
    });
    [answer.from.id, answer.to.id].forEach((id) => cy.getElementById(id).addClass('end'));
    layout(answer.from.id);
    status(answer.paths.length + ' paths from ' + answer.from.name + ' to ' + answer.to.name
      + (answer.asOf ? ' as of ' + answer.asOf : '') + '. Click a relationship to read its sources.');
  } catch (e) {
    status(e.message, true);
  }
}

function showFact(fact) {
  const box = element('div', null, 'fact');
  const start = cy.getElementById(fact.startId).data('name') || fact.startId;
  const end = cy.getElementById(fact.endId).data('name') || fact.endId;
  box.append(element('h3', start + ' ' + fact.type + ' ' + end));
  const properties = element('dl');
  ['evidence', 'confidence', 'date', 'validFrom', 'validTo', 'year', 'amount', 'unit', 'valueText', 'share',
    'resource', 'activity', 'level', 'role', 'status', 'note', 'origin'].forEach((key) => {
    const value = fact.properties[key];
    if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)) {
      properties.append(element('dt', key), element('dd', Array.isArray(value) ? value.join('; ') : String(value)));
    }
  });
  box.append(properties, element('h3', 'Sources'));
  fact.sources.forEach((source) => {
    const entry = element('div', null, 'source');
    const title = source.url ? element('a', source.title || source.id) : element('strong', source.title || source.id);
    if (source.url) title.href = source.url;
    entry.append(title, element('div', [source.publisher, source.date, source.file].filter(Boolean).join(' · '), 'muted'));
    if (source.excerpt) entry.append(element('blockquote', source.excerpt));
    box.append(entry);
  });
  $('selection').replaceChildren(box);
}

function showNode(node) {
  const box = element('div', null, 'fact');
  box.append(element('h3', node.data('name')), element('div', node.data('type') + ' · ' + node.id(), 'muted'));
  box.append(button('Neighbourhood', () => expand(node.id())),
    button('From', () => pick('from', { id: node.id(), name: node.data('name') })),
    button('To', () => pick('to', { id: node.id(), name: node.data('name') })));
  $('selection').replaceChildren(box);
}

cy.on('tap', 'edge', (event) => showFact(event.target.data('fact')));
cy.on('tap', 'node', (event) => showNode(event.target));
$('search-form').addEventListener('submit', search);
$('draw').addEventListener('click', drawPaths);
$('clear').addEventListener('click', () => {
  cy.elements().remove();
  $('paths').replaceChildren();
  $('selection').replaceChildren();
});
