// The sign-in page: posts the form as JSON to /api/login, then goes to the app. Messages are text only,
// in the language the app remembers (or the browser's); the page's English stays if the messages cannot load.
import { t, has, setLanguage, initialLanguage } from './i18n.js';

const form = document.getElementById('login');
const message = document.getElementById('message');

setLanguage(initialLanguage(), { remember: false }).then(() => { document.title = t('login.title'); }, () => {});

function show(text) {
  message.textContent = text;
}

/** The message `key` in the page's language, or `english` while the messages are not loaded. */
function say(key, english, vars) {
  return has(key) ? t(key, vars) : english;
}

// Where to go after signing in: `next` only if it resolves to this origin (the browser, not a prefix
// test, decides: `/\evil.example`, `/%09/evil.example` and the like resolve elsewhere and are refused),
// and then only its path, query and fragment.
function nextPage(next) {
  if (!next) return '/';
  try {
    const url = new URL(next, window.location.origin);
    return url.origin === window.location.origin ? url.pathname + url.search + url.hash : '/';
  } catch {
    return '/';
  }
}

function showSignedIn() {
  form.hidden = true;
  document.getElementById('signed-in-text').textContent = say('login.downloadStarted',
    'Signed in. The download starts in a moment: see your browser\'s downloads. You can close this tab.');
  document.getElementById('signed-in').hidden = false;
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
      const params = new URLSearchParams(window.location.search);
      const next = nextPage(params.get('next'));
      // A file to save (the server's sign-in redirect says so): the browser saves it and this tab stays as it
      // is, so it says so rather than show the emptied form as if nothing had happened.
      if (params.get('download') === '1') showSignedIn();
      window.location.assign(next);
      return;
    }
    let problem = null;
    try { problem = await res.json(); } catch { /* not JSON */ }
    if (res.status === 429) {
      const seconds = res.headers.get('Retry-After');
      show(seconds ? say('login.tooMany', `Too many failed attempts. Try again in ${seconds} seconds.`, { seconds })
        : say('login.tooManyLater', 'Too many failed attempts. Try again later.'));
    } else if (res.status === 401) {
      show(say('login.wrong', 'Wrong username or password.'));
    } else {
      show(problem?.detail ?? say('login.failed', `Sign-in failed (${res.status}).`, { status: res.status }));
    }
  } catch {
    show(say('login.offline', 'Powermap cannot be reached. Check your connection and try again.'));
  } finally {
    button.disabled = false;
    form.password.value = '';
  }
});
