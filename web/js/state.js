// The page's state, shared by the panels; main.js owns the changes that need a reload.
import { ROLES, STANCES, TIE_KINDS } from './style.js';

export function defaultFilters() {
  return { orgId: '', roles: new Set(ROLES), stances: new Set(STANCES), kinds: new Set(TIE_KINDS), minStrength: 1 };
}

export const state = {
  accounts: [],
  me: null, // the signed-in user (GET /api/me), with their role on each account
  accountId: null,
  accountLoad: 0, // counts account switches: an answer asked for before the latest one is dropped (current())
  account: null,
  opportunityId: '',
  view: 'formal',
  graph: null,
  analysis: null,
  analysisError: null,
  staff: null,
  selectedId: null,
  selectedEdgeId: null,
  pathTarget: null, // a person the warm-path panel should preselect
  focus: null, // {id, depth}
  emphasis: null, // key of the analysis item or path currently highlighted
  filters: defaultFilters(),
  expanded: [], // org ids opened in a level-of-detail map
  communities: true, // community boxes in the influence view
};

/**
 * Whether the signed-in user may change the open account: a VIEWER may not (the server answers 403),
 * so the editing controls are not shown to them; OWNER, EDITOR and ADMIN may. Not known yet: yes,
 * the server decides.
 */
export function canEdit() {
  const me = state.me;
  if (!me || me.admin) return true;
  return me.memberships?.find((m) => m.accountId === state.accountId)?.role !== 'VIEWER';
}

/**
 * Whether an answer asked for when `state.accountLoad` was `load` may still be shown: no other account
 * was opened meanwhile. The account left behind may answer last (a bigger map, a slower query).
 */
export function current(load) {
  return load === state.accountLoad;
}

/** The people of the loaded graph (a level-of-detail graph also holds cluster nodes). */
export function people() {
  return (state.graph?.elements.nodes ?? []).filter((n) => n.data.type !== 'cluster').map((n) => n.data);
}

export function person(id) {
  return people().find((p) => p.id === id) ?? null;
}

export function personName(id) {
  return person(id)?.name ?? id;
}

export function peopleByName() {
  return people().sort((a, b) => String(a.name).localeCompare(String(b.name)));
}
