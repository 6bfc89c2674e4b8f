// What the document pages share: calls to the API (problems as errors with their detail), the
// editor token (sessionStorage of this tab only, never in a URL) and a DOM builder that writes
// text with textContent, so no text from a document or the API is ever parsed as HTML.
'use strict';

const TOKEN_KEY = 'lodestone.editorToken';

/** An application/problem+json answer (RFC 9457), or a network failure (status 0). */
class Problem extends Error {
  constructor(status, title, detail) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }

  /** What the page shows: "401 Editor token required: This endpoint writes and needs ...". */
  describe() {
    return [this.status || null, this.title].filter(Boolean).join(' ') + (this.detail ? ': ' + this.detail : '');
  }
}

async function call(method, path, params, body) {
  const url = new URL(path, location.origin);
  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(key, value);
  });
  const headers = { Accept: 'application/json, application/problem+json' };
  const token = editorToken();
  if (method !== 'GET' && token) headers.Authorization = 'Bearer ' + token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (failure) {
    throw new Problem(0, 'The service cannot be reached', String(failure.message || failure));
  }
  const type = response.headers.get('Content-Type') || '';
  const answer = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new Problem(response.status, (answer && answer.title) || response.statusText, answer && answer.detail);
  }
  return answer;
}

const api = {
  get: (path, params) => call('GET', path, params),
  post: (path, body) => call('POST', path, undefined, body)
};

function editorToken() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

/**
 * Wires a token form: the token typed is kept for this tab only (sessionStorage) and sent as a
 * bearer token with every write; the form never submits, so the token never reaches a URL.
 */
function tokenForm(form, input, forget, state) {
  const show = () => {
    state.textContent = editorToken() ? 'token set for this tab' : 'no token: reading only';
    form.classList.toggle('has-token', Boolean(editorToken()));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    input.value = '';
    show();
  });
  forget.addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    input.value = '';
    show();
  });
  show();
}

/**
 * element('a', {href: ..., className: 'x', dataset: {id: ...}}, 'text', child, ...): strings become
 * text nodes, null and undefined children are left out.
 */
function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (value === null || value === undefined || value === false) return;
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'className' || key === 'textContent' || key === 'value' || key === 'type' || key === 'checked')
      node[key] = value;
    else node.setAttribute(key, value === true ? '' : value);
  });
  children.flat().forEach((child) => {
    if (child === null || child === undefined || child === false) return;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

/** A query string whose ids keep their ':' (readable, as the graph page writes them): {id: 'document:1'} → '?id=document:1'. */
function queryString(params) {
  const pairs = Object.entries(params).filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => key + '=' + encodeURIComponent(value).replace(/%3A/g, ':'));
  return pairs.length ? '?' + pairs.join('&') : '';
}

/** Where an entity is shown: the graph page with its neighbourhood. */
const entityPage = (id) => '/' + queryString({ entity: id });
const documentPage = (id) => '/document.html' + queryString({ id });
