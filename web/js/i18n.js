// UI languages: every visible string comes from web/i18n/{lang}.json, looked up by key.
import { api } from './api.js';

export const LANGUAGES = [
  { code: 'en', name: 'English', htmlLang: 'en' },
  { code: 'zh', name: '简体中文', htmlLang: 'zh-CN' },
  { code: 'ru', name: 'Русский', htmlLang: 'ru' },
];
const STORAGE_KEY = 'powermap.lang';
const cache = new Map();
const listeners = new Set();
let current = 'en';
let messages = {};
let fallback = {};

export function initialLanguage() {
  let stored = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (LANGUAGES.some((l) => l.code === stored)) return stored;
  const nav = (navigator.language || 'en').toLowerCase();
  if (nav.startsWith('zh')) return 'zh';
  if (nav.startsWith('ru')) return 'ru';
  return 'en';
}

// The promise is cached, so English (the fallback) is fetched once even when asked for twice at once.
function load(code) {
  if (!cache.has(code)) {
    const messages = api.messages(code);
    messages.catch(() => cache.delete(code)); // a failed load is tried again next time
    cache.set(code, messages);
  }
  return cache.get(code);
}

/**
 * Switches to `code` and, with `remember`, keeps it for the next visit. The sign-in page only reads the
 * remembered language: it chose none, and storing its guess (the browser's language) would pin that guess,
 * and could overwrite a choice stored meanwhile (a test caught that race).
 */
export async function setLanguage(code, { remember = true } = {}) {
  if (!LANGUAGES.some((l) => l.code === code)) code = 'en';
  [fallback, messages] = await Promise.all([load('en'), load(code)]);
  current = code;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }
  document.documentElement.lang = LANGUAGES.find((l) => l.code === code).htmlLang;
  applyTo(document);
  for (const fn of listeners) fn(code);
}

export const language = () => current;
export const onLanguage = (fn) => listeners.add(fn);

/**
 * The message for `key` with `{name}` placeholders filled from `vars`. A count takes the form its
 * language needs: `{n, plural, one {# tie} other {# ties}}` picks the branch Intl.PluralRules names for
 * `vars.n` (Russian: one, few, many, other; `other` when the branch is missing), `#` being the number.
 */
export function t(key, vars) {
  let text = messages[key] ?? fallback[key];
  if (text === undefined) {
    console.warn(`missing message ${key}`);
    text = key;
  }
  if (vars && text.includes(', plural,')) text = plurals(text, vars);
  if (vars) text = text.replace(/\{(\w+)\}/g, (m, k) => (vars[k] === undefined || vars[k] === null ? m : String(vars[k])));
  return text;
}

const PLURAL = /\{(\w+),\s*plural,/g;
const FORM = /\s*(\w+)\s*\{/y;
const pluralRules = new Map();

function plurals(text, vars) {
  const lang = locale();
  if (!pluralRules.has(lang)) pluralRules.set(lang, new Intl.PluralRules(lang));
  let out = '';
  let from = 0;
  PLURAL.lastIndex = 0;
  for (let m = PLURAL.exec(text); m; m = PLURAL.exec(text)) {
    const forms = {};
    let i = PLURAL.lastIndex;
    FORM.lastIndex = i;
    for (let f = FORM.exec(text); f; FORM.lastIndex = i, f = FORM.exec(text)) {
      let depth = 1;
      let j = FORM.lastIndex;
      while (j < text.length && depth) depth += { '{': 1, '}': -1 }[text[j++]] ?? 0;
      forms[f[1]] = text.slice(FORM.lastIndex, j - 1);
      i = j;
    }
    const end = text.indexOf('}', i);
    if (end < 0) break;
    const n = vars[m[1]];
    const form = forms[pluralRules.get(lang).select(Number(n))] ?? forms.other ?? '';
    out += text.slice(from, m.index) + form.replaceAll('#', String(n));
    from = end + 1;
    PLURAL.lastIndex = from;
  }
  return out + text.slice(from);
}

export const has = (key) => key in messages || key in fallback;

/** The label of an enum value, e.g. label('stance', 'OPPOSED'). Unknown values show as they are. */
export function label(group, value) {
  if (value === null || value === undefined || value === '') return t(`${group}.NONE`);
  const key = `${group}.${value}`;
  return messages[key] ?? fallback[key] ?? String(value);
}

/**
 * A reason from the API (`why`: clauses of {key, args}) as one sentence in the current language.
 * `{arg}` shows a name or number, `{arg:group}` an enum value through label(group, value); lists are
 * joined with reason.list, clauses with reason.join. The server's ReasonText follows the same rules.
 */
export function reasonText(why) {
  if (!Array.isArray(why) || !why.length) return '';
  const value = (v, group) => {
    if (Array.isArray(v)) return v.map((x) => value(x, group)).join(t('reason.list'));
    if (group) return label(group, v);
    return typeof v === 'number' ? formatNumber(v, 1) : String(v);
  };
  const clause = ({ key, args }) => t(key).replace(/\{(\w+)(?::(\w+))?\}/g,
    (m, name, group) => (args?.[name] === undefined || args[name] === null ? m : value(args[name], group)));
  return why.map(clause).join(t('reason.join')) + t('reason.end');
}

/** Sets the text of [data-i18n], and placeholders, titles and ARIA labels named by data-i18n-* attributes. */
export function applyTo(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
}

const locale = () => LANGUAGES.find((l) => l.code === current).htmlLang;

export function formatDate(iso) {
  if (!iso) return t('common.never');
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

export function formatMoney(value, currency) {
  if (value === null || value === undefined) return '';
  try {
    return new Intl.NumberFormat(locale(), { style: 'currency', currency: currency || 'EUR', notation: 'compact' }).format(value);
  } catch {
    return `${value} ${currency ?? ''}`.trim();
  }
}

export function formatNumber(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);
}

/** Days since an ISO date, or null. */
export function daysSince(iso) {
  if (!iso) return null;
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return null;
  return Math.floor((Date.now() - d.getTime()) / 86_400_000);
}

/** "Community 3 · its hub · its org" (analysis `communities`): whom the cluster listens to most, and where most of it sits. */
export function communityLabel({ number, hubName, orgName }) {
  if (!hubName) return t('community.label', { n: number });
  return orgName ? t('community.named', { n: number, hub: hubName, org: orgName }) : t('community.hub', { n: number, hub: hubName });
}
