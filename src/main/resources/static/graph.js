// The graph page: an investigation view over the query API. A view is a set of neighbourhoods and
// the paths between two entities; their facts are loaded once, for all dates, and drawn as one edge
// per start, type and end with its count. The timeline scrubs the as-of date and filters the loaded
// facts here, with the API's asOf rules, so the drawing follows the handle without a round trip (the
// one exception: a day on which no shortest path over all dates holds yet gets its own paths). The
// view (entities, paths, as-of, selection) is kept in the URL: a copied link reopens it.
'use strict';

const $ = (id) => document.getElementById(id);
const DEPTH = 1;
const DAY = 86400000;

// Node colour and size come from the Browser style, read at start: one definition for both views.
// Browser draws every node as a circle, so the shape of each family of kinds is defined here.
const SHAPES = {
  Country: 'ellipse', Bloc: 'ellipse', Firm: 'ellipse', Person: 'ellipse', Institution: 'ellipse', Actor: 'ellipse',
  Mineral: 'diamond', Technology: 'diamond', Resource: 'diamond',
  Agreement: 'round-rectangle', Policy: 'round-rectangle',
  Facility: 'hexagon', Project: 'hexagon',
  Event: 'star', Region: 'round-octagon', Status: 'round-tag'
};
let palette = {};
const paletteLoaded = fetch('/styles/lodestone.grass')
  .then((response) => response.ok ? response.text() : '')
  .then((grass) => { palette = parseGrass(grass); cy.style().update(); drawLegend(); })
  .catch(() => { /* the default colours stay */ });

/** The node rules of a grass file: { Country: { color: '#4C8EDA', 'border-color': ..., diameter: '70px' }, ... }. */
function parseGrass(grass) {
  const rules = {};
  for (const [, label, body] of grass.matchAll(/^\s*node(?:\.(\w+))?\s*\{([^}]*)\}/gm)) {
    const rule = {};
    for (const [, key, value] of body.matchAll(/([\w-]+)\s*:\s*([^;\n]+)/g)) rule[key] = value.trim();
    rules[label || '*'] = rule;
  }
  return rules;
}

const kindStyle = (type) => Object.assign({}, palette['*'], palette[type]);
const colour = (type) => kindStyle(type).color || '#A5ABB6';
const shape = (type) => SHAPES[type] || 'ellipse';
const diameter = (type) => Math.round((parseFloat(kindStyle(type).diameter) || 50) * 0.45);

const cy = cytoscape({
  container: $('graph'),
  wheelSensitivity: 0.3,
  style: [
    { selector: 'node', style: {
      'label': 'data(name)', 'background-color': (n) => colour(n.data('type')),
      'border-color': (n) => kindStyle(n.data('type'))['border-color'] || '#9AA1AC', 'border-width': 1.5,
      'shape': (n) => shape(n.data('type')), 'width': (n) => diameter(n.data('type')),
      'height': (n) => diameter(n.data('type')), 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-wrap': 'wrap', 'text-max-width': 110 } },
    { selector: 'node.end', style: { 'border-width': 4, 'border-color': '#222' } },
    { selector: 'edge', style: {
      'label': 'data(label)', 'font-size': 7, 'min-zoomed-font-size': 5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
      'width': 'mapData(count, 1, 20, 1.5, 6)', 'line-color': '#A5ABB6', 'target-arrow-color': '#A5ABB6',
      'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    { selector: ':selected', style: { 'line-color': '#d62728', 'target-arrow-color': '#d62728', 'border-width': 3,
      'border-color': '#d62728' } }
  ]
});

// What the URL says: the neighbourhoods shown, the ends of the drawn paths, the as-of day, the selection.
const view = { entities: [], from: null, to: null, asOf: null, selected: null };
// What the API answered for the view, for all dates.
let loaded = emptyLoad();
const picked = { from: null, to: null };

function emptyLoad() {
  return { nodes: new Map(), facts: new Map(), neighbourhoods: new Map(), paths: [], pathDays: new Set(), ends: null,
    positions: new Map() };
}

// Kept on window so a person (or a browser test) can inspect what is drawn from the console.
window.lodestone = { cy, view, loaded: () => loaded };

// ---- talking to the API -------------------------------------------------------------------------

// A busy service answers 429 (too many heavy queries, with Retry-After) or 503 (query timeout): the
// page asks once more after a pause before it shows the problem's detail.
async function getJson(path, params, retried) {
  const url = new URL(path, location.origin);
  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(key, value);
  });
  const response = await fetch(url);
  if ((response.status === 429 || response.status === 503) && !retried) {
    const seconds = Math.min(Number(response.headers.get('Retry-After')) || 1, 10);
    await new Promise((resume) => setTimeout(resume, seconds * 1000));
    return getJson(path, params, true);
  }
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

const entityPath = (id) => '/api/entities/' + encodeURIComponent(id);

function remember(into, nodes, facts) {
  nodes.forEach((node) => into.nodes.set(node.id, node));
  facts.forEach((fact) => into.facts.set(fact.id, fact));
}

// Each load writes into the view it was started for, even if another view was opened meanwhile.
async function loadNeighbourhood(id) {
  const into = loaded;
  const subgraph = await getJson(entityPath(id) + '/neighbourhood', { depth: DEPTH });
  remember(into, subgraph.nodes, subgraph.relationships);
  into.neighbourhoods.set(id, new Set(subgraph.relationships.map((fact) => fact.id)));
}

/** The shortest paths over all dates (day null), or those of one day, added to the paths already loaded. */
async function loadPaths(from, to, day) {
  const into = loaded;
  const answer = await getJson('/api/paths', { from, to, asOf: day });
  into.ends = { from: answer.from, to: answer.to };
  remember(into, [answer.from, answer.to], []);
  answer.paths.forEach((path) => {
    remember(into, path.nodes, path.relationships);
    // The facts of each hop, so a path holds as of a day when every hop keeps at least one fact.
    const hops = path.nodes.slice(1).map((node, i) => path.relationships
      .filter((fact) => [fact.startId, fact.endId].sort().join() === [path.nodes[i].id, node.id].sort().join())
      .map((fact) => fact.id));
    const key = path.nodes.map((node) => node.id).join('>');
    const known = into.paths.find((other) => other.key === key);
    if (known) known.hops.forEach((hop, i) => hop.push(...hops[i].filter((id) => !hop.includes(id))));
    else into.paths.push({ key, nodes: path.nodes, hops, allDates: !day });
  });
  if (day) into.pathDays.add(day);
  pick('from', answer.from);
  pick('to', answer.to);
}

// ---- as of a day: the API's rules, on the loaded facts ----------------------------------------

// As the API's asOf: a fact counts when it starts (date, validFrom or year) on or before the day and
// does not end (validTo) before it; both are ISO strings, so a partial date counts from its first day.
function holds(fact, day) {
  if (!day) return true;
  const since = fact.properties.since;
  const until = fact.properties.until;
  return (since === null || since === undefined || String(since) <= day)
    && (until === null || until === undefined || String(until) >= day);
}

/** The entities, facts and paths of the view as of a day (null: all). */
function shownAsOf(day) {
  const nodes = new Set();
  const facts = new Set();
  const kept = (ids) => [...ids].map((id) => loaded.facts.get(id)).filter((fact) => holds(fact, day));
  // As /neighbourhood?asOf: the centre, the entities still reached over kept facts, the kept facts between them.
  loaded.neighbourhoods.forEach((ids, centre) => {
    const keptFacts = kept(ids);
    let reached = new Set([centre]);
    for (let level = 0; level < DEPTH; level++) {
      const next = new Set(reached);
      keptFacts.forEach((fact) => {
        if (reached.has(fact.startId)) next.add(fact.endId);
        if (reached.has(fact.endId)) next.add(fact.startId);
      });
      reached = next;
    }
    reached.forEach((id) => nodes.add(id));
    keptFacts.filter((fact) => reached.has(fact.startId) && reached.has(fact.endId)).forEach((fact) => facts.add(fact.id));
  });
  // As /paths?asOf: the shortest of the paths whose every hop keeps a fact. While one of the shortest
  // paths over all dates holds, those that hold are exactly the API's answer for the day; when none
  // does, the page asks the API for that day's paths (pathsOfTheDaySoon).
  const holding = loaded.paths.map((path) => path.hops.every((hop) => kept(hop).length > 0));
  const shortest = Math.min(...loaded.paths.filter((path, i) => holding[i]).map((path) => path.hops.length));
  const pathsHold = loaded.paths.map((path, i) => holding[i] && path.hops.length === shortest);
  const allDatesHold = loaded.paths.some((path, i) => path.allDates && holding[i]);
  loaded.paths.forEach((path, i) => {
    if (!pathsHold[i]) return;
    path.nodes.forEach((node) => nodes.add(node.id));
    path.hops.forEach((hop) => kept(hop).forEach((fact) => facts.add(fact.id)));
  });
  if (loaded.ends) [loaded.ends.from.id, loaded.ends.to.id].forEach((id) => nodes.add(id));
  return { nodes, facts, pathsHold, allDatesHold };
}

const edgeKey = (fact) => fact.startId + '|' + fact.type + '|' + fact.endId;

/** One edge per start, type and end, with the ids of its facts. */
function aggregate(factIds) {
  const edges = new Map();
  factIds.forEach((id) => {
    const fact = loaded.facts.get(id);
    const key = edgeKey(fact);
    if (!edges.has(key)) edges.set(key, { id: key, source: fact.startId, target: fact.endId, type: fact.type, facts: [] });
    edges.get(key).facts.push(id);
  });
  edges.forEach((edge) => {
    edge.count = edge.facts.length;
    edge.label = edge.count > 1 ? edge.type + ' ×' + edge.count : edge.type;
  });
  return edges;
}

// ---- drawing ----------------------------------------------------------------------------------

function nodeElement(id) {
  const node = loaded.nodes.get(id) || { id, name: id, type: null };
  const position = loaded.positions.get(id);
  return { group: 'nodes', data: { id, name: node.name, type: node.type }, position: position && { ...position } };
}

/** Puts on the canvas what the view shows as of a day, keeping every node where the layout put it. */
function render(day) {
  const shown = shownAsOf(day);
  const edges = aggregate(shown.facts);
  cy.batch(() => {
    cy.elements().filter((el) => el.isNode() ? !shown.nodes.has(el.id()) : !edges.has(el.id())).remove();
    shown.nodes.forEach((id) => { if (cy.getElementById(id).empty()) cy.add(nodeElement(id)); });
    edges.forEach((edge) => {
      const drawn = cy.getElementById(edge.id);
      if (drawn.empty()) cy.add({ group: 'edges', data: edge });
      else drawn.data({ count: edge.count, label: edge.label, facts: edge.facts });
    });
    cy.nodes().removeClass('end');
    if (loaded.ends) [loaded.ends.from.id, loaded.ends.to.id].forEach((id) => cy.getElementById(id).addClass('end'));
  });
  return shown;
}

/** Lays out everything the view holds for any date, so nodes stay put while the handle moves. */
function layOut() {
  render(null);
  if (cy.nodes().empty()) return;
  const root = loaded.ends && !loaded.neighbourhoods.size ? loaded.ends.from.id : null;
  cy.layout(root
    ? { name: 'breadthfirst', roots: [root], directed: false, spacingFactor: 1.2, animate: false }
    : { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 400000,
      idealEdgeLength: () => 110, edgeElasticity: () => 100, nestingFactor: 1.2, gravity: 60, numIter: 1500 }).run();
  cy.fit(undefined, 30);
  // A view of two or three entities would otherwise fill the screen with them.
  if (cy.zoom() > 1.3) {
    cy.zoom(1.3);
    cy.center();
  }
  loaded.positions = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
  placeNewNodes();
}

function draw() {
  const shown = render(view.asOf);
  if (loaded.ends && view.asOf && !shown.allDatesHold && !loaded.pathDays.has(view.asOf)) pathsOfTheDaySoon();
  drawPathList(shown.pathsHold);
  drawLegend();
  drawTimeline();
  showSelection();
  describe(shown);
  writeUrl(false);
}

function describe(shown) {
  if (!loaded.nodes.size) {
    status($('status').dataset.intro);
    return;
  }
  const edges = cy.edges().length;
  let text = cy.nodes().length + ' entities and ' + shown.facts.size + ' facts on ' + edges
    + (edges === 1 ? ' edge' : ' edges') + (view.asOf ? ' as of ' + view.asOf : '') + '.';
  if (loaded.ends) {
    text += ' Shortest paths from ' + loaded.ends.from.name + ' to ' + loaded.ends.to.name + ': '
      + shown.pathsHold.filter(Boolean).length + '.';
  }
  status(text + ' Click a relationship to read its facts and sources.');
}

/** The shortest paths over all dates, struck out when they do not hold, and those of the day. */
function drawPathList(pathsHold) {
  $('paths').replaceChildren(...loaded.paths.filter((path, i) => path.allDates || pathsHold[i]).map((path) => {
    const holds = pathsHold[loaded.paths.indexOf(path)];
    const item = element('li', path.nodes.map((node) => node.name).join(' → '), holds ? null : 'gone');
    if (!holds) item.title = 'Not a path as of ' + view.asOf + ': some hop has no fact then, or a shorter path holds';
    return item;
  }));
}

let pathsTimer = null;

/** Asks the API for the paths of the as-of day once the handle rests, and draws them where their neighbours are. */
function pathsOfTheDaySoon() {
  if (pathsTimer === null) busy(1);
  else clearTimeout(pathsTimer);
  pathsTimer = setTimeout(async () => {
    pathsTimer = null;
    const day = view.asOf;
    const into = loaded;
    let failure = null;
    try {
      if (day && into.ends && !into.pathDays.has(day)) await loadPaths(into.ends.from.id, into.ends.to.id, day);
    } catch (e) {
      into.pathDays.add(day);
      failure = e;
    }
    if (into === loaded) {
      placeNewNodes();
      draw();
    }
    busy(-1);
    if (failure) status(failure.message, true);
  }, 300);
}

/** Each entity a new path brings, between its neighbours on the path, nudged off the line between them. */
function placeNewNodes() {
  loaded.paths.forEach((path) => path.nodes.forEach((node, i) => {
    if (loaded.positions.has(node.id) || i === 0) return;
    const before = loaded.positions.get(path.nodes[i - 1].id) || { x: 0, y: 0 };
    const after = path.nodes.slice(i + 1).map((next) => loaded.positions.get(next.id)).find(Boolean) || before;
    loaded.positions.set(node.id, { x: (before.x + after.x) / 2 + 60, y: (before.y + after.y) / 2 + 60 });
  }));
}

let busyCount = 0;

/** body[data-busy] while the page waits for the API, so a person (or a test) can tell it is not done. */
function busy(delta) {
  busyCount += delta;
  if (busyCount > 0) document.body.dataset.busy = 'true';
  else delete document.body.dataset.busy;
}

function drawLegend() {
  const kinds = [...new Set(cy.nodes().map((node) => node.data('type')).filter(Boolean))].sort();
  $('legend').replaceChildren(...kinds.map((kind) => {
    const swatch = element('span', null, 'swatch shape-' + shape(kind));
    swatch.style.background = colour(kind);
    const item = element('li');
    item.append(swatch, element('span', kind));
    return item;
  }));
}

// ---- the timeline -------------------------------------------------------------------------------

const PAD = 16;   // px left and right of the axis
const THUMB = 14; // px, the handle's width (graph.css)
const SVG = 'http://www.w3.org/2000/svg';

/** Days since 1970 of an ISO date or partial date (its first day), or null. */
function dayOf(value) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value === null || value === undefined ? '' : String(value));
  return match ? Date.UTC(+match[1], (+match[2] || 1) - 1, +match[3] || 1) / DAY : null;
}

const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

function svg(tag, attributes, parent) {
  const el = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([key, value]) => el.setAttribute(key, value));
  parent.append(el);
  return el;
}

// A fact mark further than this from the previous one starts a gap that the axis shortens to GAP_SHOWN
// days, so one old fact (a treaty of 1990) does not squeeze the years where most facts are.
const GAP = 730;
const GAP_SHOWN = 240;

/**
 * The time axis of the view: days (since 1970) to positions, piecewise linear through every day a
 * fact starts or ends, long empty stretches shortened. at(day) and dayAt(position) in "axis days".
 */
function timeScale(facts) {
  let days = [...new Set(facts.flatMap((fact) => [dayOf(fact.properties.since), dayOf(fact.properties.until)])
    .filter((day) => day !== null))].sort((a, b) => a - b);
  if (!days.length) return null;
  if (days[days.length - 1] - days[0] < 60) days = [days[0] - 30, ...days, days[days.length - 1] + 30];
  const stops = [{ day: days[0], at: 0 }];
  const gaps = [];
  days.slice(1).forEach((day, i) => {
    const previous = stops[i];
    const gap = day - previous.day;
    stops.push({ day, at: previous.at + (gap > GAP ? GAP_SHOWN : gap) });
    if (gap > GAP) gaps.push({ from: previous.day, to: day });
  });
  const segment = (key, value) => {
    const i = Math.max(1, stops.findIndex((stop) => stop[key] >= value));
    return [stops[i - 1], stops[i]];
  };
  const interpolate = (from, to, value) => {
    const [a, b] = segment(from, value);
    return b[from] === a[from] ? a[to] : a[to] + (value - a[from]) / (b[from] - a[from]) * (b[to] - a[to]);
  };
  const min = stops[0];
  const max = stops[stops.length - 1];
  return {
    min: min.day, max: max.day, length: max.at, gaps,
    at: (day) => day <= min.day ? 0 : day >= max.day ? max.at : interpolate('day', 'at', day),
    dayAt: (at) => at <= 0 ? min.day : at >= max.at ? max.day : Math.round(interpolate('at', 'day', at))
  };
}

let timeline = null;

function drawTimeline() {
  const chart = $('timeline-chart');
  const handle = $('timeline-handle');
  chart.replaceChildren();
  // Every fact the view draws on some day.
  const facts = [...loaded.facts.values()];
  const dated = facts.filter((fact) => dayOf(fact.properties.since) !== null);
  const undated = facts.length - dated.length;
  timeline = timeScale(facts);
  const asOfDay = view.asOf ? dayOf(view.asOf) : null;
  const selectedFacts = new Set(selectedEdge() ? selectedEdge().facts : []);
  $('timeline-note').textContent = facts.length
    ? dated.length + ' dated facts' + (timeline ? ', ' + isoOf(timeline.min).slice(0, 4) + '–' + isoOf(timeline.max).slice(0, 4) : '')
      + (undated ? '; ' + undated + ' undated, drawn on every day' : '')
      + (view.asOf ? '; as of ' + view.asOf + ': ' + facts.filter((f) => holds(f, view.asOf)).length + ' of '
        + facts.length + ' facts hold' : '')
    : 'No facts drawn yet.';
  handle.disabled = !timeline;
  if (!timeline) return;

  const width = chart.clientWidth;
  const axisY = chart.clientHeight - 16;
  const x = (day) => PAD + timeline.at(day) / timeline.length * (width - 2 * PAD);
  svg('line', { class: 'axis', x1: PAD, x2: width - PAD, y1: axisY, y2: axisY }, chart);
  ticks(timeline, x).forEach((tick) => {
    const group = svg('g', { class: 'tick' }, chart);
    svg('line', { x1: x(tick.day), x2: x(tick.day), y1: axisY, y2: axisY + 4 }, group);
    svg('text', { x: x(tick.day), y: axisY + 14, 'text-anchor': 'middle' }, group).textContent = tick.label;
  });
  // A shortened stretch: a break in the axis, saying how long it is.
  timeline.gaps.forEach((gap) => {
    const middle = (x(gap.from) + x(gap.to)) / 2;
    const group = svg('g', { class: 'tick gap' }, chart);
    svg('rect', { x: middle - 5, y: axisY - 4, width: 10, height: 8, fill: '#fafafa' }, group);
    svg('line', { x1: middle - 5, x2: middle - 1, y1: axisY + 4, y2: axisY - 4 }, group);
    svg('line', { x1: middle + 1, x2: middle + 5, y1: axisY + 4, y2: axisY - 4 }, group);
    svg('title', {}, group).textContent = Math.round((gap.to - gap.from) / 365.25) + ' years without facts, shortened';
  });
  // Facts valid until a day: a bar from their start to their end.
  dated.filter((fact) => dayOf(fact.properties.until) !== null).forEach((fact) => {
    svg('line', { class: 'span', x1: x(dayOf(fact.properties.since)), x2: x(dayOf(fact.properties.until)),
      y1: axisY - 3, y2: axisY - 3 }, chart);
  });
  // One mark per fact at its start, stacked where they crowd.
  const stacks = new Map();
  dated.sort(bySince).forEach((fact) => {
    const cx = x(dayOf(fact.properties.since));
    const bucket = Math.round(cx / 6);
    const level = stacks.get(bucket) || 0;
    stacks.set(bucket, level + 1);
    if (level > 8) return;
    const className = 'mark' + (selectedFacts.has(fact.id) ? ' selected' : '') + (holds(fact, view.asOf) ? ' holds' : ' later');
    const mark = svg('circle', { class: className, cx, cy: axisY - 8 - level * 6, r: 2.8, 'data-fact': fact.id }, chart);
    svg('title', {}, mark).textContent = fact.properties.since + ' · ' + sentence(fact);
    mark.addEventListener('click', () => select({ edge: edgeKey(fact) }));
  });
  if (asOfDay !== null) {
    svg('line', { class: 'as-of-line', x1: x(asOfDay), x2: x(asOfDay), y1: 2, y2: axisY + 2 }, chart);
  }
  handle.min = 0;
  handle.max = Math.round(timeline.length);
  handle.value = asOfDay === null ? handle.max : Math.round(timeline.at(asOfDay));
  handle.style.marginLeft = (PAD - THUMB / 2) + 'px';
  handle.style.width = (width - 2 * PAD + THUMB) + 'px';
}

/** Ticks on the first of each year (of each month on short spans) outside shortened stretches, spaced to be read. */
function ticks(scale, x) {
  const months = scale.max - scale.min < 2 * 365;
  const first = new Date(scale.min * DAY);
  const candidates = [];
  for (let d = Date.UTC(first.getUTCFullYear(), months ? first.getUTCMonth() : 0, 1); d / DAY <= scale.max;
    d = months ? Date.UTC(new Date(d).getUTCFullYear(), new Date(d).getUTCMonth() + 1, 1) : Date.UTC(new Date(d).getUTCFullYear() + 1, 0, 1)) {
    const day = d / DAY;
    if (day >= scale.min && !scale.gaps.some((gap) => day > gap.from && day < gap.to)) candidates.push(day);
  }
  const kept = [];
  candidates.forEach((day) => {
    if (!kept.length || x(day) - x(kept[kept.length - 1].day) >= (months ? 48 : 34)) {
      kept.push({ day, label: isoOf(day).slice(0, months ? 7 : 4) });
    }
  });
  return kept;
}

function setAsOf(day) {
  view.asOf = day;
  $('as-of-on').checked = day !== null;
  if (day) $('as-of').value = day;
  if (loaded.nodes.size) draw();
  else writeUrl(false);
}

// ---- the panel ------------------------------------------------------------------------------------

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

function button(label, action, className) {
  const b = element('button', label, className);
  b.type = 'button';
  b.addEventListener('click', action);
  return b;
}

const nameOf = (id) => (loaded.nodes.get(id) || {}).name || id;
const sentence = (fact) => nameOf(fact.startId) + ' ' + fact.type + ' ' + nameOf(fact.endId)
  + (fact.properties.resource ? ' (' + nameOf(fact.properties.resource) + ')' : '');
const bySince = (a, b) => (a.properties.since == null) - (b.properties.since == null)
  || String(a.properties.since).localeCompare(String(b.properties.since));

function select(selection) {
  view.selected = selection;
  cy.elements().unselect();
  showSelection();
  drawTimeline();
  writeUrl(false);
}

/** The facts of the selected start, type and end, whether drawn as of the day or not. */
function selectedEdge() {
  if (!view.selected || !view.selected.edge) return null;
  const facts = [...loaded.facts.values()].filter((fact) => edgeKey(fact) === view.selected.edge).map((fact) => fact.id);
  return facts.length ? { key: view.selected.edge, facts } : null;
}

function showSelection() {
  const box = $('selection');
  const edge = selectedEdge();
  if (edge) {
    cy.getElementById(edge.key).select();
    box.replaceChildren(...edgePanel(edge));
  } else if (view.selected && view.selected.node && loaded.nodes.has(view.selected.node)) {
    cy.getElementById(view.selected.node).select();
    box.replaceChildren(nodePanel(loaded.nodes.get(view.selected.node)));
  } else {
    box.replaceChildren();
  }
}

function edgePanel(edge) {
  const facts = edge.facts.map((id) => loaded.facts.get(id)).sort(bySince);
  const holding = facts.filter((fact) => holds(fact, view.asOf));
  const later = facts.filter((fact) => !holds(fact, view.asOf));
  const first = facts[0];
  const header = element('h3', nameOf(first.startId) + ' ' + first.type + ' ' + nameOf(first.endId)
    + (facts.length > 1 ? ' ×' + facts.length : ''));
  const summary = element('p', facts.length + (facts.length === 1 ? ' fact' : ' facts')
    + (view.asOf ? ', ' + holding.length + ' of them as of ' + view.asOf : '') + '.', 'muted');
  const parts = [header, summary, ...holding.map((fact) => factCard(fact, false))];
  if (later.length) {
    const rest = element('details', null, 'facts-later');
    rest.append(element('summary', later.length + ' not valid as of ' + view.asOf), ...later.map((fact) => factCard(fact, true)));
    parts.push(rest);
  }
  return parts;
}

function factCard(fact, later) {
  const box = element('div', null, later ? 'fact later' : 'fact');
  box.dataset.fact = fact.id;
  const p = fact.properties;
  const when = p.date || (p.validFrom ? 'from ' + p.validFrom : '') || (p.year ? String(p.year) : '') || 'undated';
  box.append(element('h4', [when + (p.validTo ? ' to ' + p.validTo : ''), p.resource && nameOf(p.resource), p.confidence
    && p.confidence + ' confidence'].filter(Boolean).join(' · ')));
  const properties = element('dl');
  // The usual properties first, then whatever else the fact holds; sources are listed below, and
  // since/until are the API's own copies of the dates for asOf.
  const usual = ['evidence', 'confidence', 'date', 'validFrom', 'validTo', 'year', 'amount', 'unit', 'valueText',
    'share', 'shareOfWorld', 'resource', 'activity', 'level', 'role', 'status', 'note', 'origin'];
  const internal = ['id', 'sources', 'since', 'until'];
  [...usual, ...Object.keys(p).filter((key) => !usual.includes(key) && !internal.includes(key)).sort()].forEach((key) => {
    const value = p[key];
    if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)) {
      properties.append(element('dt', key), element('dd', Array.isArray(value) ? value.join('; ') : String(value)));
    }
  });
  properties.append(element('dt', 'id'), element('dd', fact.id));
  box.append(properties);
  fact.sources.forEach((source) => {
    const entry = element('div', null, 'source');
    const title = source.url ? element('a', source.title || source.id) : element('strong', source.title || source.id);
    if (source.url) title.href = source.url;
    entry.append(title, element('div', [source.publisher, source.date, source.file].filter(Boolean).join(' · '), 'muted'));
    // The fact's one excerpt (the API gives it once, as properties.evidence), quoted with its source.
    if (p.evidence) entry.append(element('blockquote', p.evidence));
    box.append(entry);
  });
  return box;
}

function nodePanel(node) {
  const box = element('div', null, 'fact');
  box.append(element('h3', node.name), element('div', node.type + ' · ' + node.id, 'muted'));
  box.append(button('Neighbourhood', () => expand(node.id)), button('From', () => pick('from', node)),
    button('To', () => pick('to', node)));
  const edges = cy.getElementById(node.id).connectedEdges();
  if (edges.length) {
    const list = element('ul', null, 'plain edges');
    edges.forEach((edge) => {
      const item = element('li');
      item.append(button(nameOf(edge.data('source')) + ' ' + edge.data('label') + ' ' + nameOf(edge.data('target')),
        () => select({ edge: edge.id() }), 'link'));
      list.append(item);
    });
    box.append(element('h4', 'Relationships drawn'), list);
  }
  return box;
}

// ---- the URL ------------------------------------------------------------------------------------

function writeUrl(push) {
  const params = new URLSearchParams();
  view.entities.forEach((id) => params.append('entity', id));
  if (view.from && view.to) {
    params.set('from', view.from);
    params.set('to', view.to);
  }
  if (view.asOf) params.set('asOf', view.asOf);
  if (view.selected && view.selected.edge) params.set('edge', view.selected.edge);
  else if (view.selected && view.selected.node) params.set('node', view.selected.node);
  // Ids read better with their colon, which a query string may hold as is.
  const query = params.toString().replace(/%3A/gi, ':');
  const url = location.pathname + (query ? '?' + query : '');
  if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Opens the view the URL describes. */
async function restore() {
  const params = new URLSearchParams(location.search);
  view.entities = [...new Set(params.getAll('entity'))];
  view.from = params.get('from');
  view.to = params.get('to');
  view.asOf = ISO_DAY.test(params.get('asOf') || '') ? params.get('asOf') : null;
  view.selected = params.get('edge') ? { edge: params.get('edge') } : params.get('node') ? { node: params.get('node') } : null;
  $('as-of-on').checked = view.asOf !== null;
  if (view.asOf) $('as-of').value = view.asOf;
  loaded = emptyLoad();
  const work = view.entities.map((id) => loadNeighbourhood(id));
  if (view.from && view.to) work.push(loadPaths(view.from, view.to));
  await settle(work);
  if (params.get('asOf') && !view.asOf) status("The URL's asOf '" + params.get('asOf') + "' is not a day (YYYY-MM-DD).", true);
}

/** Waits for the loads, lays out and draws what came, and reports the first that failed. */
async function settle(work) {
  busy(1);
  if (work.length) status('Loading…');
  const results = await Promise.allSettled([...work, paletteLoaded]);
  layOut();
  draw();
  busy(-1);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) status(failed.reason.message, true);
}

// ---- what the person does -----------------------------------------------------------------------

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

function pick(end, node) {
  picked[end] = node;
  $(end).textContent = node.name;
  $('draw').disabled = !(picked.from && picked.to);
}

async function expand(id) {
  if (view.entities.includes(id)) {
    draw();
    return;
  }
  view.entities.push(id);
  writeUrl(true);
  await settle([loadNeighbourhood(id).catch((e) => {
    view.entities = view.entities.filter((other) => other !== id);
    throw e;
  })]);
}

async function drawPaths() {
  view.from = picked.from.id;
  view.to = picked.to.id;
  loaded.paths = [];
  loaded.pathDays.clear();
  loaded.ends = null;
  writeUrl(true);
  await settle([loadPaths(view.from, view.to)]);
}

function clear() {
  Object.assign(view, { entities: [], from: null, to: null, selected: null });
  loaded = emptyLoad();
  cy.elements().remove();
  writeUrl(true);
  draw();
}

$('status').dataset.intro = $('status').textContent;
cy.on('tap', 'edge', (event) => select({ edge: event.target.id() }));
cy.on('tap', 'node', (event) => select({ node: event.target.id() }));
cy.on('tap', (event) => { if (event.target === cy) select(null); });
$('search-form').addEventListener('submit', search);
$('draw').addEventListener('click', drawPaths);
$('clear').addEventListener('click', clear);
$('as-of-on').addEventListener('change', () => setAsOf($('as-of-on').checked && ISO_DAY.test($('as-of').value) ? $('as-of').value : null));
$('as-of').addEventListener('change', () => { if (ISO_DAY.test($('as-of').value)) setAsOf($('as-of').value); });
$('timeline-handle').addEventListener('input', () => setAsOf(isoOf(timeline.dayAt(+$('timeline-handle').value))));
window.addEventListener('popstate', restore);
new ResizeObserver(() => drawTimeline()).observe($('timeline-chart'));
restore();
