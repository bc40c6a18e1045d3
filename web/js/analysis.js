// Analysis panel: hidden decision-makers, brokers, coaches and candidates, blockers, red flags and
// coverage. Clicking an entry highlights the person and the evidence on the map; again clears it.
import { $, h, fill, refill } from './dom.js';
import { t, label, formatNumber, formatDate, reasonText } from './i18n.js';
import { personName } from './state.js';
import { BADGES } from './style.js';

function emphasize(app, key, spec) {
  const { state, map } = app;
  if (state.emphasis === key) {
    app.clearEmphasis();
    return;
  }
  state.focus = null;
  state.emphasis = key;
  map.highlight(spec);
  renderAnalysis(app);
}

function neighbours(app, id) {
  const n = app.map.cy?.getElementById(id);
  if (!n || n.empty()) return [];
  return n.neighborhood('node.person').map((m) => m.id());
}

function entry(app, key, title, sub, spec, extra) {
  const pressed = app.state.emphasis === key;
  return h('li', null, h('button', {
    type: 'button', 'aria-pressed': String(pressed), dataset: { key },
    onclick: () => emphasize(app, key, typeof spec === 'function' ? spec() : spec),
  }, h('span', { text: title }), sub ? h('small', { text: sub }) : null, extra ?? null));
}

function section(titleKey, items, emptyKey) {
  return [h('h3', { text: t(titleKey) }),
    items.length ? h('ul', { class: 'items' }, items) : h('p', { class: 'muted', text: t(emptyKey ?? 'analysis.noneFound') })];
}


export function renderAnalysis(app) {
  const panel = $('panel-analysis');
  const a = app.state.analysis;
  if (!a) {
    const e = app.state.analysisError;
    fill(panel, h('p', { class: 'muted', text: e && e.status !== 404 ? t('analysis.failed', { detail: e.message }) : t('analysis.unavailable') }));
    return;
  }
  const hidden = (a.hidden ?? []).map((x) => entry(app, `hidden:${x.personId}`, `${BADGES.hidden} ${x.name}`,
    `${t('analysis.score')} ${formatNumber(x.score, 2)} · ${reasonText(x.why)}`,
    () => ({
      root: x.personId,
      nodes: [x.personId, ...(x.evidence ?? []).flatMap((ev) => ev.nodes ?? [])],
      pairs: (x.evidence ?? []).flatMap((ev) => (ev.ties ?? []).map((tie) => [tie.from, tie.to, tie.type === 'REPORTS_TO' ? 'REPORTS_TO' : tie.kind])),
    })));
  const brokers = (a.brokers ?? []).map((x) => entry(app, `broker:${x.personId}`, x.name,
    `${t('score.betweenness')} ${formatNumber(x.betweenness, 3)}${(x.bridges ?? []).length ? ` · ${t('analysis.bridges')}: ${x.bridges.join(', ')}` : ''}`,
    () => ({ root: x.personId, nodes: [x.personId], pairs: neighbours(app, x.personId).map((n) => [x.personId, n]) })));
  // A coach's `reaches` are the decision-chain members they talk to directly: show the routes to them.
  const coach = (list, prefix) => list.map((x) => entry(app, `${prefix}:${x.personId}`, `${prefix === 'coach' ? `${BADGES.coach} ` : ''}${x.name}`,
    `${t('analysis.score')} ${formatNumber(x.score, 2)} · ${reasonText(x.why)}`,
    () => {
      const reached = (x.reaches ?? []).map((r) => r.id).filter((id) => app.map.personData(id));
      return reached.length
        ? { root: x.personId, nodes: [x.personId, ...reached], routes: reached.map((r) => [x.personId, r]) }
        : { root: x.personId, nodes: [x.personId], pairs: neighbours(app, x.personId).map((n) => [x.personId, n]) };
    }));
  const blockers = (a.blockers ?? []).map((x) => entry(app, `blocker:${x.personId}`, `${BADGES.blocker} ${x.name}`,
    reasonText(x.why),
    () => ({ root: x.personId, nodes: [x.personId, ...(x.sways ?? [])], pairs: (x.sways ?? []).map((s) => [x.personId, s]) })));
  const cov = a.coverage ?? {};
  const flags = (cov.redFlags ?? []).map((f, i) => entry(app, `flag:${i}`, reasonText(f.why), f.personId ? personName(f.personId) : '',
    { nodes: f.personId ? [f.personId] : [], root: f.personId ?? null }));
  const members = (cov.members ?? []).map((m) => entry(app, `member:${m.personId}`, m.name,
    [label('role', m.decisionRole), label('stance', m.stance),
      (m.owners ?? []).length ? m.owners.join(', ') : t('card.noOwner'),
      m.lastContact ? formatDate(m.lastContact) : t('common.never')].join(' · ') + (m.hiddenRole ? ` · ${BADGES.hidden}` : ''),
    { nodes: [m.personId], root: m.personId }));
  refill(panel,
    h('p', { class: 'count', id: 'analysis-summary', text: t('analysis.summary', { flags: (cov.redFlags ?? []).length, coaches: (a.coaches ?? []).length, hidden: (a.hidden ?? []).length }) }),
    app.state.emphasis ? h('button', { type: 'button', id: 'analysis-clear', text: t('analysis.clear'), onclick: () => app.clearEmphasis() }) : null,
    h('div', { id: 'analysis-flags' }, section('analysis.redFlags', flags, 'analysis.noFlags')),
    cov.weakestOrg ? h('p', { class: 'muted', text: t('analysis.weakestOrg', { name: cov.weakestOrg.name }) }) : null,
    h('div', { id: 'analysis-hidden' }, section('analysis.hidden', hidden)),
    h('div', { id: 'analysis-coaches' }, section('analysis.coaches', coach(a.coaches ?? [], 'coach'), 'analysis.noCoach')),
    h('div', { id: 'analysis-candidates' }, section('analysis.candidates', coach(a.coachCandidates ?? [], 'candidate'))),
    h('div', { id: 'analysis-blockers' }, section('analysis.blockers', blockers)),
    h('div', { id: 'analysis-brokers' }, section('analysis.brokers', brokers)),
    h('div', { id: 'analysis-coverage' }, section('analysis.coverage', members)));
}
