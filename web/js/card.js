// The person card (and the tie card): what the team needs to know at a glance, with a short "why"
// for every score. Details come from the person endpoint; scores from the analysis.
import { api } from './api.js';
import { $, h, fill } from './dom.js';
import { t, label, formatDate, formatNumber, daysSince, reasonText, communityLabel } from './i18n.js';
import { STANCE_STYLE, BADGES, SHAPES } from './style.js';
import { stanceIcon } from './legend.js';
import { canEdit } from './state.js';
import {
  openStanceDialog, openPersonDialog, openTieDialog, openDealRoleDialog, confirmDeletePerson, confirmDeleteTie,
  openCriterionDialog, confirmRemoveCriterion, openAlignmentDialog, confirmRemoveAlignment,
} from './editor.js';

const card = () => $('card');
let shown = null; // {type: 'person'|'edge', id}
let detailToken = 0;

export function hideCard() {
  shown = null;
  card().hidden = true;
  fill(card());
}

export function refreshCard(app) {
  if (shown?.type === 'person') showPersonCard(app, shown.id);
  else if (shown?.type === 'edge') {
    const e = app.map.cy?.getElementById(shown.id);
    if (e && e.nonempty()) showEdgeCard(app, e.data());
    else hideCard();
  }
}

function closeButton(app) {
  return h('button', { type: 'button', class: 'close', 'aria-label': t('common.close'), text: '×', onclick: () => app.clearSelection() });
}

function percentile(list, id, key) {
  const values = list.map((p) => p[key] ?? 0);
  const mine = list.find((p) => p.id === id)?.[key] ?? 0;
  const below = values.filter((v) => v < mine).length;
  return values.length > 1 ? Math.round((100 * below) / (values.length - 1)) : 100;
}

function rankOf(list, id, key) {
  const sorted = [...list].sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0));
  return sorted.findIndex((p) => p.id === id) + 1;
}

function scoresSection(app, id) {
  const a = app.state.analysis;
  if (!a) return h('p', { class: 'muted', text: t('card.noAnalysis') });
  const people = a.people ?? [];
  const me = people.find((p) => p.id === id);
  if (!me) return h('p', { class: 'muted', text: t('card.noAnalysis') });
  const why = [];
  const hidden = (a.hidden ?? []).find((x) => x.personId === id);
  if (hidden) why.push(`${BADGES.hidden} ${t('card.whyHidden')}: ${reasonText(hidden.why)}`);
  const coach = (a.coaches ?? []).find((x) => x.personId === id);
  if (coach) why.push(`${BADGES.coach} ${t('card.whyCoach')}: ${reasonText(coach.why)}`);
  const cand = (a.coachCandidates ?? []).find((x) => x.personId === id);
  if (cand) why.push(`${t('card.whyCandidate')}: ${reasonText(cand.why)}`);
  const blocker = (a.blockers ?? []).find((x) => x.personId === id);
  if (blocker) why.push(`${BADGES.blocker} ${t('card.whyBlocker')}: ${reasonText(blocker.why)}`);
  const broker = (a.brokers ?? []).find((x) => x.personId === id);
  if (broker) why.push(`${t('card.whyBroker')}: ${reasonText(broker.why)}`);
  const n = people.length;
  const named = (a.communities ?? []).find((x) => x.community === me.community);
  return h('div', null,
    h('dl', null,
      h('dt', { text: t('score.decisionInfluence') }),
      h('dd', { text: t('card.rankOf', { rank: rankOf(people, id, 'decisionInfluence'), n, value: formatNumber(me.decisionInfluence, 3) }) }),
      h('dt', { text: t('score.formalPower') }),
      h('dd', { text: t('card.percentile', { p: percentile(people, id, 'formalPower'), value: formatNumber(me.formalPower, 2) }) }),
      h('dt', { text: t('score.hiddenScore') }),
      h('dd', { text: formatNumber(me.hiddenScore, 2) }),
      h('dt', { text: t('score.betweenness') }),
      h('dd', { text: t('card.rankOf', { rank: rankOf(people, id, 'betweenness'), n, value: formatNumber(me.betweenness, 3) }) }),
      me.community !== undefined && me.community !== null ? [h('dt', { text: t('score.community') }), h('dd', { text: communityLabel({ number: me.community + 1, hubName: named?.hubName, orgName: named?.orgName }) })] : null),
    h('p', { class: 'why', text: t('card.whyInfluence') }),
    why.length ? h('ul', { class: 'why' }, why.map((w) => h('li', { text: w }))) : null);
}

function stanceChip(stance) {
  return h('span', { class: 'stance-chip' }, stanceIcon(stance, 16), h('span', { text: `${STANCE_STYLE[stance]?.symbol ?? ''} ${label('stance', stance)}` }));
}

export function showPersonCard(app, id) {
  const d = app.map.personData(id);
  if (!d) {
    hideCard();
    return;
  }
  shown = { type: 'person', id };
  const edit = canEdit();
  const el = card();
  el.hidden = false;
  const badges = [];
  if (d.hiddenDM) badges.push(`${BADGES.hidden} ${t('badge.hidden')}`);
  if (d.coach) badges.push(`${BADGES.coach} ${t('badge.coach')}`);
  if (d.blocker) badges.push(`${BADGES.blocker} ${t('badge.blocker')}`);
  if (d.risingStar) badges.push(`${BADGES.risingStar} ${t('badge.risingStar')}`);
  if (d.onOrgChart === false) badges.push(t('badge.offChart'));
  const contactDays = daysSince(d.lastContact);
  const details = h('div', { class: 'details' }, h('p', { class: 'muted', text: t('common.loading') }));
  fill(el,
    closeButton(app),
    h('h2', { id: 'card-name', text: d.name }),
    h('p', { class: 'subtitle', text: d.title ?? '' }),
    badges.length ? h('p', null, badges.map((b) => h('span', { class: 'badge', text: b }))) : null,
    h('dl', null,
      h('dt', { text: t('card.org') }), h('dd', { text: d.orgName ?? t('common.none') }),
      h('dt', { text: t(app.state.opportunityId ? 'card.dealRoleLabel' : 'card.role') }), h('dd', { text: `${label('role', d.decisionRole)} (${t(`shape.${SHAPES[d.roleKey]}`)})` }),
      h('dt', { text: t('card.rank') }), h('dd', { text: label('rank', d.rank) }),
      h('dt', { text: t('card.stance') }), h('dd', null, stanceChip(d.stance)),
      h('dt', { text: t('card.owners') }), h('dd', { class: d.hasFirstOwner ? '' : 'redflag', text: (d.owners ?? []).length ? d.owners.join(', ') : t('card.noOwner') }),
      h('dt', { text: t('card.lastContact') }),
      h('dd', { class: contactDays === null || contactDays > 90 ? 'redflag' : '', text: d.lastContact ? `${formatDate(d.lastContact)} (${t('card.daysAgo', { n: contactDays })})` : t('common.never') })),
    h('div', { class: 'actions' },
      // Editing only for those who may (a VIEWER reads); the server checks again.
      edit ? h('button', { type: 'button', id: 'card-stance', class: 'primary', text: t('card.changeStance'), onclick: () => openStanceDialog(app, id) }) : null,
      edit ? h('button', { type: 'button', id: 'card-edit', text: t('common.edit'), onclick: () => openPersonDialog(app, id) }) : null,
      edit && app.state.opportunityId ? h('button', { type: 'button', id: 'card-deal-role', text: t('card.dealRole'), onclick: () => openDealRoleDialog(app, id) }) : null,
      edit ? h('button', { type: 'button', id: 'card-tie', text: t('card.addTie'), onclick: () => openTieDialog(app, null, { from: id }) }) : null,
      h('button', { type: 'button', id: 'card-focus1', text: t('focus.depth1'), onclick: () => app.setFocus(id, 1) }),
      h('button', { type: 'button', id: 'card-focus2', text: t('focus.depth2'), onclick: () => app.setFocus(id, 2) }),
      h('button', { type: 'button', id: 'card-path', text: t('card.warmPath'), onclick: () => { app.state.pathTarget = id; app.showTab('paths', { focus: true }); } }),
      edit ? h('button', { type: 'button', id: 'card-delete', class: 'danger', text: t('common.delete'), onclick: () => confirmDeletePerson(app, id) }) : null),
    h('h3', { text: t('card.scores') }),
    scoresSection(app, id),
    details);
  loadDetails(app, id, details);
}

async function loadDetails(app, id, box) {
  const token = ++detailToken;
  let p;
  try {
    p = await api.person(app.state.accountId, id);
  } catch (e) {
    if (token === detailToken) fill(box, h('p', { class: 'muted', text: e.status === 404 ? t('card.noDetails') : t('error.load', { detail: e.message }) }));
    return;
  }
  if (token !== detailToken) return;
  const edit = canEdit();
  const list = (items) => (items?.length ? h('ul', null, items.map((x) => h('li', { text: x }))) : h('p', { class: 'muted', text: t('common.none') }));
  fill(box,
    p.reportsToName ? h('p', null, h('span', { class: 'muted', text: `${t('card.reportsTo')}: ` }), h('span', { text: p.reportsToName })) : null,
    (p.orgs ?? []).length > 1 ? h('p', null, h('span', { class: 'muted', text: `${t('card.orgs')}: ` }),
      h('span', { text: p.orgs.map((o) => (o.title ? `${o.name} (${o.title})` : o.name)).join('; ') })) : null,
    h('h3', { text: t('card.stanceHistory') }),
    (p.stanceHistory ?? []).length
      ? h('ul', { id: 'card-history' }, [...p.stanceHistory].reverse().map((s) => h('li', null,
        stanceChip(s.stance), ` ${formatDate(s.at)}`, s.by ? ` · ${s.by}` : '', s.note ? h('div', { class: 'why', text: s.note }) : null)))
      : h('p', { class: 'muted', text: t('card.noHistory') }),
    h('h3', { text: t('card.needsProfessional') }), list(p.needs?.professional),
    h('h3', { text: t('card.needsPersonal') }), list(p.needs?.personal),
    h('h3', { text: t('card.criteria') }),
    (p.criteria ?? []).length
      ? h('ul', { id: 'card-criteria', class: 'editable' }, p.criteria.map((c, i) => h('li', null,
        h('span', null, h('strong', { text: label('criterion', c.category) }), c.note ? ` — ${c.note}` : ''),
        edit ? removeButton(t('criteria.removeLabel', { criterion: label('criterion', c.category) }), () => confirmRemoveCriterion(app, p, i)) : null)))
      : h('p', { class: 'muted', text: t('common.none') }),
    edit ? h('button', { type: 'button', id: 'card-criterion-add', class: 'small', text: t('criteria.add'), onclick: () => openCriterionDialog(app, p) }) : null,
    h('h3', { text: t('card.competitors') }),
    (p.competitors ?? []).length
      ? h('ul', { id: 'card-alignments', class: 'editable' }, p.competitors.map((c) => h('li', null,
        h('span', { text: `${BADGES.competitor} ${c.name} · ${label('strength', c.strength)}` }),
        edit ? removeButton(t('alignment.removeLabel', { competitor: c.name }), () => confirmRemoveAlignment(app, p, c)) : null)))
      : h('p', { class: 'muted', text: t('common.none') }),
    edit ? h('button', { type: 'button', id: 'card-alignment-add', class: 'small', text: t('alignment.add'), onclick: () => openAlignmentDialog(app, p) }) : null,
    (p.owners ?? []).length ? [h('h3', { text: t('card.owners') }),
      h('ul', null, p.owners.map((o) => h('li', { text: `${o.name} · ${label('priority', o.priority)}` })))] : null,
    p.notes ? [h('h3', { text: t('card.notes') }), h('p', { class: 'notes', text: p.notes })] : null,
    (p.tags ?? []).length ? h('p', null, p.tags.map((tag) => h('span', { class: 'badge', text: tag }))) : null);
}

function removeButton(name, onclick) {
  return h('button', { type: 'button', class: 'remove', 'aria-label': name, title: name, text: '×', onclick });
}

export function showEdgeCard(app, d) {
  shown = { type: 'edge', id: d.id };
  const el = card();
  el.hidden = false;
  const from = app.map.personData(d.source)?.name ?? d.source;
  const to = app.map.personData(d.target)?.name ?? d.target;
  const tie = d.type === 'INFLUENCES';
  fill(el,
    closeButton(app),
    h('h2', { text: label('kind', d.kindKey) }),
    h('p', { class: 'subtitle', text: tie ? t('tie.sways', { from, to }) : t('tie.reportsTo', { boss: from, report: to }) }),
    tie ? h('dl', null,
      h('dt', { text: t('tie.strength') }), h('dd', { text: label('strength', d.strength) }),
      h('dt', { text: t('tie.confidence') }), h('dd', { text: formatNumber(d.confidence, 2) }),
      h('dt', { text: t('tie.source') }), h('dd', { text: d.sourceNote ?? t('common.none') }),
      h('dt', { text: t('tie.since') }), h('dd', { text: d.since ? formatDate(d.since) : t('common.none') })) : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', text: from, onclick: () => app.selectPerson(d.source) }),
      h('button', { type: 'button', text: to, onclick: () => app.selectPerson(d.target) })),
    tie && canEdit() ? h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'tie-edit', text: t('common.edit'), onclick: () => openTieDialog(app, d) }),
      h('button', { type: 'button', id: 'tie-delete', class: 'danger', text: t('common.delete'), onclick: () => confirmDeleteTie(app, d) })) : null);
}
