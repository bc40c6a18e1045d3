// The only module that calls fetch: every request and its error handling live here.
async function request(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await fetch(path, init);
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
};
