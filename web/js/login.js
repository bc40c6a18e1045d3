// The sign-in page: posts the form as JSON to /api/login, then goes to the app. Messages are text only.
const form = document.getElementById('login');
const message = document.getElementById('message');

function show(text) {
  message.textContent = text;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  show('');
  const button = form.querySelector('button');
  button.disabled = true;
  try {
    const res = await fetch('/api/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Powermap-Request': '1' },
      body: JSON.stringify({ username: form.username.value.trim(), password: form.password.value }),
    });
    if (res.ok) {
      const next = new URLSearchParams(window.location.search).get('next');
      // Only same-site paths: never an absolute or protocol-relative URL from the query string.
      window.location.assign(next && next.startsWith('/') && !next.startsWith('//') ? next : '/');
      return;
    }
    let problem = null;
    try { problem = await res.json(); } catch { /* not JSON */ }
    if (res.status === 429) {
      show(`Too many failed attempts. Try again in ${res.headers.get('Retry-After') ?? 'a few'} seconds.`);
    } else if (res.status === 401) {
      show('Wrong username or password.');
    } else {
      show(problem?.detail ?? `Sign-in failed (${res.status}).`);
    }
  } catch {
    show('Powermap cannot be reached. Check your connection and try again.');
  } finally {
    button.disabled = false;
    form.password.value = '';
  }
});
