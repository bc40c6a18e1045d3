// The only module that calls fetch: every request and its error handling live here.
// Every request carries X-Powermap-Request (the server's CSRF proof for cookie sessions);
// a 401 means the session ended, so the browser goes to the sign-in page. Links to what the server
// makes (brief, report, export) are plain links: opened without a session, the server itself sends
// them to sign-in and back.

/** A failed request: `status` 0 means the server could not be reached; `problem` is the problem+json body. */
export class ApiError extends Error {
  constructor(status, problem, fallback) {
    super(problem?.detail ?? problem?.title ?? fallback);
    this.status = status;
    this.problem = problem ?? null;
  }

  /** The field errors of a 400, as {field: message}. */
  get fields() {
    const out = {};
    for (const e of this.problem?.errors ?? []) out[e.field] = e.message;
    return out;
  }

  get conflict() {
    return this.status === 409;
  }
}

// The last answers that came with an ETag (graph, analysis, search), in memory only: the server sends
// Cache-Control: no-store, so the browser keeps nothing on disk; asking again with If-None-Match gets a
// bodiless 304 while the account is unchanged.
const validated = new Map();
const VALIDATED_MAX = 8;

let refused = () => {};

/**
 * `fn` runs when the server refuses a change for the user's role (403, `refusal` ROLE), before the caller
 * gets the error: the role on the account may have been lowered since the page loaded.
 */
export function onRefused(fn) {
  refused = fn;
}

async function request(method, path, body) {
  const init = { method, headers: { Accept: 'application/json', 'X-Powermap-Request': '1' }, credentials: 'same-origin' };
  const known = method === 'GET' ? validated.get(path) : undefined;
  if (known) init.headers['If-None-Match'] = known.etag;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    // A file goes as it is (streamed by the browser), anything else as JSON.
    init.body = body instanceof Blob ? body : JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, null, e.message);
  }
  if (res.status === 401) {
    const here = window.location.pathname + window.location.search + window.location.hash;
    window.location.assign('/login.html' + (here && here !== '/' ? `?next=${enc(here)}` : ''));
    return new Promise(() => {}); // the page is going away: no error for the app to show meanwhile
  }
  let text;
  if (res.status === 304 && known) {
    text = known.text;
  } else {
    text = await res.text();
    validated.delete(path);
    const etag = res.headers.get('ETag');
    if (method === 'GET' && res.ok && etag) {
      validated.set(path, { etag, text });
      if (validated.size > VALIDATED_MAX) validated.delete(validated.keys().next().value);
    }
  }
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (res.status === 403 && method !== 'GET' && data?.refusal === 'ROLE') refused();
  if (!res.ok && res.status !== 304) throw new ApiError(res.status, data, res.statusText);
  return data;
}

const enc = encodeURIComponent;
const acct = (id) => `/api/accounts/${enc(id)}`;
const query = (params) => {
  const q = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
  return q ? `?${q}` : '';
};

export const api = {
  me: () => request('GET', '/api/me'),
  logout: () => request('POST', '/api/logout'),
  accounts: () => request('GET', '/api/accounts'),
  account: (id) => request('GET', acct(id)),
  /** `expand`: org ids to open in a level-of-detail answer (above the server's threshold). */
  graph: (id, view = 'all', opportunityId, expand = []) => request('GET', `${acct(id)}/graph${query({ view, opportunityId, expand: expand.join(',') })}`),
  analysis: (id, opportunityId) => request('GET', `${acct(id)}/analysis${query({ opportunityId })}`),
  paths: (id, from, to, k = 3) => request('GET', `${acct(id)}/paths${query({ from, to, k })}`),
  staff: (id) => request('GET', `${acct(id)}/staff`),
  search: (id, q) => request('GET', `${acct(id)}/search${query({ q })}`),

  person: (id, pid) => request('GET', `${acct(id)}/people/${enc(pid)}`),
  createPerson: (id, body) => request('POST', `${acct(id)}/people`, body),
  updatePerson: (id, pid, body) => request('PUT', `${acct(id)}/people/${enc(pid)}`, body),
  deletePerson: (id, pid, version) => request('DELETE', `${acct(id)}/people/${enc(pid)}${query({ version })}`),
  changeStance: (id, pid, body) => request('POST', `${acct(id)}/people/${enc(pid)}/stance`, body),

  createTie: (id, body) => request('POST', `${acct(id)}/influences`, body),
  updateTie: (id, tieId, body) => request('PUT', `${acct(id)}/influences/${enc(tieId)}`, body),
  deleteTie: (id, tieId, version) => request('DELETE', `${acct(id)}/influences/${enc(tieId)}${query({ version })}`),

  competitors: (id) => request('GET', `${acct(id)}/competitors`),
  align: (id, pid, competitorId, body) => request('PUT', `${acct(id)}/people/${enc(pid)}/alignments/${enc(competitorId)}`, body),
  unalign: (id, pid, competitorId, version) => request('DELETE', `${acct(id)}/people/${enc(pid)}/alignments/${enc(competitorId)}${query({ version })}`),

  opportunity: (id, oppId) => request('GET', `${acct(id)}/opportunities/${enc(oppId)}`),
  setDealRoles: (id, oppId, body) => request('PUT', `${acct(id)}/opportunities/${enc(oppId)}/roles`, body),

  positions: (id, view) => request('GET', `${acct(id)}/positions/${enc(view)}`),
  savePositions: (id, view, positions) => request('PUT', `${acct(id)}/positions/${enc(view)}`, { positions }),

  visits: (id) => request('GET', `${acct(id)}/visits`),
  visit: (id, visitId) => request('GET', `${acct(id)}/visits/${enc(visitId)}`),
  createVisit: (id, body) => request('POST', `${acct(id)}/visits`, body),
  updateVisit: (id, visitId, body) => request('PUT', `${acct(id)}/visits/${enc(visitId)}`, body),
  proposals: (id, visitId, limit) => request('GET', `${acct(id)}/visits/${enc(visitId)}/proposals${query({ limit })}`),
  /** Opened in a new tab, not fetched: the brief is a page (or a PDF) of its own. */
  briefUrl: (id, visitId, format, lang) => `${acct(id)}/visits/${enc(visitId)}/brief${query({ format, lang })}`,

  startImport: (file) => request('POST', '/api/imports', file),
  importJob: (jobId) => request('GET', `/api/imports/${enc(jobId)}`),
  /** Downloaded through a link, not fetched. */
  exportUrl: (id, format) => `${acct(id)}/export${query({ format })}`,

  /** The account report PDF, opened as a page (a link, not a fetch). */
  reportUrl: (id, lang, opportunityId) => `${acct(id)}/report${query({ format: 'pdf', lang, opportunityId })}`,

  messages: (lang) => request('GET', `/i18n/${enc(lang)}.json`),
};
