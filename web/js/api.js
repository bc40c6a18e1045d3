// The only module that calls fetch: every request and its error handling live here.
// Every request carries X-Powermap-Request (the server's CSRF proof for cookie sessions);
// a 401 means the session ended, so the browser goes to the sign-in page.
async function request(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Powermap-Request': '1' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await fetch(path, init);
  if (res.status === 401) {
    const here = window.location.pathname + window.location.search;
    window.location.assign('/login.html' + (here && here !== '/' ? '?next=' + encodeURIComponent(here) : ''));
    throw Object.assign(new Error('signed out'), { status: 401 });
  }
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const err = new Error(data?.detail ?? res.statusText);
    err.status = res.status;
    err.problem = data;
    throw err;
  }
  return data;
}

export const api = {
  accounts: () => request('GET', '/api/accounts'),
  graph: (accountId, view = 'all', opportunityId) =>
    request('GET', `/api/accounts/${encodeURIComponent(accountId)}/graph?view=${encodeURIComponent(view)}` +
      (opportunityId ? `&opportunityId=${encodeURIComponent(opportunityId)}` : '')),
  me: () => request('GET', '/api/me'),
  logout: () => request('POST', '/api/logout'),
};
