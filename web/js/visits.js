// Visits: plan an executive visit, take or drop the people Powermap proposes, open the brief.
// Target changes send the visit's version; a 409 reloads the visit and says so, nothing is lost.
import { api } from './api.js';
import { $, h, fill, refill, option } from './dom.js';
import { t, label, language, formatDate, formatNumber, reasonText } from './i18n.js';
import { openDialog, field } from './editor.js';
import { BADGES } from './style.js';
import { canEdit, current } from './state.js';

let visits = null;      // summaries of the current account
let visit = null;       // the selected visit, in full
let proposals = null;
let loadedFor = null;
let failure = null;

export async function renderVisits(app, { reload = false } = {}) {
  const { state } = app;
  if ($('panel-visits').hidden) return;
  if (reload || loadedFor !== state.accountId) {
    const keep = loadedFor === state.accountId ? visit?.id : null;
    loadedFor = state.accountId;
    visit = null;
    proposals = null;
    // Answers for an account left meanwhile are dropped: the new account's own call draws the panel.
    const load = state.accountLoad;
    let list = [];
    let error = null;
    try {
      list = await api.visits(state.accountId);
    } catch (e) {
      error = e;
    }
    if (!current(load)) return;
    visits = list;
    failure = error;
    const wanted = visits.find((v) => v.id === keep) ?? visits.find((v) => v.status === 'PLANNED') ?? visits[0];
    if (wanted) await openVisit(app, wanted.id);
    if (!current(load)) return;
  }
  render(app);
}

async function openVisit(app, id) {
  const { accountId, accountLoad: load } = app.state;
  try {
    const [v, p] = await Promise.all([api.visit(accountId, id), api.proposals(accountId, id, 10)]);
    if (!current(load)) return;
    visit = v;
    proposals = p;
  } catch (e) {
    if (!current(load)) return;
    visit = null;
    proposals = null;
    app.toast(t('error.load', { detail: e.message }), 'error');
  }
}

function render(app) {
  const panel = $('panel-visits');
  const picker = h('select', { id: 'visit-picker', class: 'wide', onchange: async (e) => { await openVisit(app, e.target.value); render(app); } },
    (visits ?? []).map((v) => option(v.id, `${formatDate(v.date)} · ${label('visitStatus', v.status)} · ${v.objective ?? ''}`, v.id === visit?.id)));
  refill(panel,
    h('p', { class: 'muted', text: t('visits.intro') }),
    failure ? h('p', { class: 'muted', text: t('error.load', { detail: failure.message }) }) : null,
    visits?.length ? h('label', { class: 'row' }, h('span', { text: t('visits.visit') }), picker) : h('p', { text: t('visits.none') }),
    canEdit() ? h('div', { class: 'row' }, h('button', { type: 'button', id: 'visit-new', class: 'primary', text: t('visits.new'), onclick: () => openVisitDialog(app) })) : null,
    visit ? details(app) : null);
}

function details(app) {
  const targetIds = visit.targets.map((p) => p.id);
  const edit = canEdit(); // a VIEWER sees the plan without the buttons that change it
  return h('div', { id: 'visit-details' },
    h('h3', { text: visit.objective ?? '' }),
    h('p', { class: 'muted', text: [formatDate(visit.date), label('visitStatus', visit.status), visit.opportunityName].filter(Boolean).join(' · ') }),
    h('p', { text: `${t('visits.executives')}: ${visit.staff.map((s) => `${s.name} (${label('rank', s.rank)})`).join(', ') || t('common.none')}` }),
    h('div', { class: 'row' },
      h('a', { id: 'visit-brief', class: 'button', href: briefUrl(app, 'html'), target: '_blank', rel: 'noopener', text: t('visits.brief') }),
      h('a', { id: 'visit-brief-pdf', class: 'button', href: briefUrl(app, 'pdf'), target: '_blank', rel: 'noopener', text: t('visits.briefPdf') }),
      h('button', { type: 'button', id: 'visit-show', text: t('visits.showOnMap'), disabled: !targetIds.length, onclick: () => showTargets(app, targetIds) })),
    h('h3', { text: t('visits.targets', { n: visit.targets.length }) }),
    visit.targets.length ? h('ul', { id: 'visit-targets', class: 'items visit-list' }, visit.targets.map((p) => h('li', { dataset: { person: p.id } },
      h('button', { type: 'button', class: 'link', text: p.name, onclick: () => app.selectPerson(p.id) }),
      h('small', { text: ` ${label('stance', p.stance)} · ${label('role', p.decisionRole)} ` }),
      edit ? h('button', { type: 'button', class: 'remove', text: t('visits.remove'), 'aria-label': t('visits.removeNamed', { name: p.name }),
        onclick: () => saveTargets(app, targetIds.filter((id) => id !== p.id)) }) : null))) : h('p', { class: 'muted', text: t('visits.noTargets') }),
    h('h3', { text: t('visits.proposals') }),
    h('ol', { id: 'visit-proposals', class: 'items visit-list' }, (proposals?.proposals ?? []).map((p) => h('li', { dataset: { person: p.personId } },
      h('button', { type: 'button', class: 'link', text: `${p.hidden ? `${BADGES.hidden} ` : ''}${p.name}`, onclick: () => app.selectPerson(p.personId) }),
      h('small', { text: ` ${t('analysis.score')} ${formatNumber(p.score, 2)} · ${reasonText(p.why)}` }),
      p.alreadyTarget ? h('small', { class: 'muted', text: ` ✓ ${t('visits.isTarget')}` })
        : !edit ? null : h('button', { type: 'button', class: 'add', text: t('visits.add'), 'aria-label': t('visits.addNamed', { name: p.name }),
          onclick: () => saveTargets(app, [...targetIds, p.personId]) })))));
}

function briefUrl(app, format) {
  return api.briefUrl(app.state.accountId, visit.id, format, language());
}

function showTargets(app, ids) {
  app.highlight('visit', { nodes: ids, pairs: [], root: ids[0] });
}

async function saveTargets(app, targetIds) {
  try {
    visit = await api.updateVisit(app.state.accountId, visit.id, { ...input(visit), targetIds, version: visit.version });
    proposals = await api.proposals(app.state.accountId, visit.id, 10);
  } catch (e) {
    if (e.conflict) {
      await openVisit(app, visit.id);
      app.toast(t('conflict.visit'), 'error', 8000);
    } else {
      app.toast(t('error.generic', { detail: e.message }), 'error');
    }
  }
  render(app);
}

function input(v) {
  return { date: v.date, objective: v.objective, status: v.status, opportunityId: v.opportunityId ?? null,
    staffIds: v.staff.map((s) => s.id), targetIds: v.targets.map((p) => p.id) };
}

async function openVisitDialog(app) {
  const { state } = app;
  const load = state.accountLoad;
  let staff = state.staff;
  if (!staff) {
    staff = await api.staff(state.accountId).catch(() => []);
    if (!current(load)) return; // another account is open: neither its staff nor a dialog for this one
    state.staff = staff;
  }
  const date = h('input', { type: 'date', name: 'date', required: true, dataset: { field: 'date' } });
  const objective = h('input', { type: 'text', name: 'objective', maxlength: 500, dataset: { field: 'objective' } });
  const opp = h('select', { name: 'opportunityId', dataset: { field: 'opportunityId' } },
    option('', t('common.none')), (state.account?.opportunityList ?? []).map((o) => option(o.id, o.name, o.id === state.opportunityId)));
  const execs = h('fieldset', { dataset: { field: 'staffIds' } }, h('legend', { text: t('visits.executives') }),
    staff.map((s) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'staff', value: s.id }),
      ` ${s.name}${s.rank ? ` (${label('rank', s.rank)})` : ''}`)));
  openDialog({
    id: 'visit-form',
    load,
    title: t('visits.new'),
    body: [field('visits.date', date), field('visits.objective', objective), field('top.opportunity', opp), execs],
    onSubmit: async (ui, form) => {
      const created = await api.createVisit(state.accountId, {
        date: date.value || null, objective: objective.value, status: 'PLANNED', opportunityId: opp.value || null,
        staffIds: [...form.querySelectorAll('input[name=staff]:checked')].map((c) => c.value), targetIds: [],
      });
      ui.close();
      visits = await api.visits(state.accountId);
      await openVisit(app, created.id);
      render(app);
    },
  });
}
