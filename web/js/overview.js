// The account overview strip: class, org level, opportunity, size, red flags and coaches.
import { $, h, fill } from './dom.js';
import { t, label, formatMoney, formatDate } from './i18n.js';

export function renderOverview(app) {
  const { state } = app;
  const el = $('overview');
  const a = state.account;
  if (!a) {
    // The account's details load beside its map: until they arrive, say so rather than "no accounts".
    fill(el, h('span', { text: t(state.accountId ? 'common.loading' : 'account.none') }));
    return;
  }
  const opp = (a.opportunityList ?? []).find((o) => o.id === state.opportunityId);
  const flags = state.analysis?.coverage?.redFlags?.length;
  const coaches = state.analysis?.coaches?.length;
  const item = (key, value, cls) => h('span', { class: cls ?? null }, `${t(key)}: `, h('b', { text: value }));
  fill(el,
    h('b', { id: 'overview-name', text: a.name }),
    item('overview.class', label('customerClass', a.customerClass)),
    item('overview.orgLevel', label('orgLevel', a.orgLevel)),
    item('overview.people', String(state.graph?.lod?.people ?? state.graph?.elements.nodes.length ?? a.people ?? 0)),
    opp
      ? item('overview.opportunity', [opp.name, label('stage', opp.stage), formatMoney(opp.value, opp.currency), opp.closeDate ? formatDate(opp.closeDate) : null].filter(Boolean).join(' · '))
      : item('overview.opportunities', String(a.opportunities ?? (a.opportunityList ?? []).length)),
    flags === undefined ? null : h('span', { class: flags ? 'flag' : null }, `${t('overview.redFlags')}: `,
      h('button', { type: 'button', class: 'link', id: 'overview-flags', text: String(flags), onclick: () => app.showTab('analysis', { focus: true }) })),
    coaches === undefined ? null : item('overview.coaches', String(coaches)));
}
