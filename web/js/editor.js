// Editing in place: stance changes, people and ties. Every save sends the version it started from;
// a 409 (someone else saved first) reloads the map, keeps what the user typed, says what happened,
// and lets them save again, so no change is ever lost silently.
import { api } from './api.js';
import { $, h, fill, option } from './dom.js';
import { t, label } from './i18n.js';
import { state, current as stillCurrent, peopleByName, personName } from './state.js';
import { ROLES, STANCES, KINDS, RANKS, STANCE_STYLE } from './style.js';

/** The headline of a failed save: offline, refused for the user's role, refused as cross-site, or failed. */
function saveErrorKey(e) {
  if (e?.status === 0) return 'error.offline';
  if (e?.status !== 403) return 'error.saveFailed';
  return e.problem?.refusal === 'CROSS_SITE' ? 'error.crossSite' : 'error.forbidden';
}

export const CRITERIA = ['RELATIONSHIP', 'ECONOMY', 'TIME', 'IMAGE', 'QUALITY', 'GUIDANCE', 'CUSTOMER_GROUP', 'POLITICS'];

/**
 * Opens the shared <dialog> with a form; `onSubmit(ui)` may call ui.close/ui.error/ui.conflict.
 * A dialog belongs to the account open when it was asked for (`load`, given by those that fetch before
 * opening): its people, staff, ids and versions are that account's, and its submit writes to the account
 * open then. So it does not open once another account is open, and closes when one opens
 * (closeDialogOfLeftAccount). Answers null when it did not open.
 */
export function openDialog({ title, body, submitLabel, danger = false, onSubmit, id, load = state.accountLoad }) {
  if (!stillCurrent(load)) return null;
  const dlg = $('dialog');
  const message = h('div', { id: 'dialog-message', hidden: true });
  const submit = h('button', { type: 'submit', id: 'dialog-submit', class: danger ? 'danger' : 'primary', text: submitLabel ?? t('common.save') });
  const cancel = h('button', { type: 'button', id: 'dialog-cancel', text: t('common.cancel'), onclick: () => dlg.close() });
  const form = h('form', { id: id ?? 'dialog-form', noValidate: true }, h('h2', { id: 'dialog-title', text: title }), body, message, h('div', { class: 'buttons' }, cancel, submit));
  dlg.setAttribute('aria-labelledby', 'dialog-title');
  const ui = {
    close: () => dlg.close(),
    error: (e) => {
      for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
      const fields = e?.problem?.errors ?? [];
      for (const f of fields) {
        const input = form.querySelector(`[data-field="${CSS.escape(String(f.field).split(/[.[]/)[0])}"]`);
        if (input) input.setAttribute('aria-invalid', 'true');
      }
      fill(message,
        h('strong', { text: t(saveErrorKey(e)) }),
        fields.length ? h('ul', null, fields.map((f) => h('li', { text: `${f.field}: ${f.message}` }))) : h('p', { text: e?.message ?? String(e) }));
      message.className = 'error';
      message.setAttribute('role', 'alert');
      message.hidden = false;
    },
    conflict: (text) => {
      fill(message, h('strong', { text: t('conflict.title') }), h('p', { text }));
      message.className = 'conflict';
      message.setAttribute('role', 'alert');
      message.hidden = false;
      submit.textContent = danger ? t('conflict.deleteAgain') : t('conflict.saveAgain'); // every danger dialog deletes
    },
  };
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    try {
      await onSubmit(ui, form);
    } catch (err) {
      ui.error(err);
    } finally {
      submit.disabled = false;
    }
  });
  fill(dlg, form);
  dlg.dataset.load = String(load);
  if (!dlg.open) dlg.showModal();
  const first = form.querySelector('input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea');
  (first ?? submit).focus();
  return ui;
}

/**
 * Another account was opened: a dialog of the one left behind closes and is emptied, so nothing typed
 * for that account can be submitted into the one now shown. (The picker is behind the modal dialog: this
 * guards a switch the page makes itself.)
 */
export function closeDialogOfLeftAccount() {
  const dlg = $('dialog');
  if (!dlg.open || dlg.dataset.load === undefined || stillCurrent(Number(dlg.dataset.load))) return;
  dlg.close();
  fill(dlg);
}

export function field(labelKey, control, extra) {
  return h('label', null, h('span', { text: t(labelKey) }), control, extra ?? null);
}

function select(name, options, value) {
  const s = h('select', { name, dataset: { field: name } }, options);
  s.value = value ?? '';
  return s;
}

const enumOptions = (group, values, withNone) => [withNone ? option('', label(group, null)) : null, ...values.map((v) => option(v, label(group, v)))].filter(Boolean);
const lines = (text) => text.split('\n').map((s) => s.trim()).filter(Boolean);

// ----- stance -----

export function openStanceDialog(app, id) {
  const d = app.map.personData(id);
  if (!d) return;
  let version = d.version;
  const stance = select('stance', STANCES.map((s) => option(s, `${STANCE_STYLE[s].symbol} ${label('stance', s)}`)), d.stance);
  stance.id = 'stance-select';
  const note = h('textarea', { name: 'note', id: 'stance-note', maxlength: '500', dataset: { field: 'note' } });
  const current = h('p', { id: 'stance-current', class: 'muted', text: t('stance.current', { stance: label('stance', d.stance) }) });
  openDialog({
    id: 'stance-form',
    title: t('stance.title', { name: d.name }),
    body: [current, field('stance.new', stance), field('stance.note', note)],
    onSubmit: async (ui) => {
      const body = { stance: stance.value, note: note.value.trim() || null, version };
      try {
        await api.changeStance(app.state.accountId, id, body);
      } catch (e) {
        if (!e.conflict) throw e;
        await app.reload();
        const fresh = app.map.personData(id);
        if (!fresh) {
          ui.error({ message: t('conflict.deleted', { name: d.name }) });
          return;
        }
        version = fresh.version ?? e.problem?.currentVersion ?? version;
        current.textContent = t('stance.current', { stance: label('stance', fresh.stance) });
        ui.conflict(t('conflict.stance', { name: fresh.name, theirs: label('stance', fresh.stance), mine: label('stance', stance.value) }));
        return;
      }
      ui.close();
      app.toast(t('stance.saved', { name: d.name, stance: label('stance', body.stance) }));
      await app.reload();
    },
  });
}

// ----- people -----

const TRACKED = ['name', 'title', 'rank', 'orgIds', 'reportsTo', 'decisionRole', 'stance', 'risingStar', 'onOrgChart', 'needs', 'notes', 'tags'];

function toInput(p) {
  return {
    name: p.name ?? '',
    title: p.title ?? null,
    rank: p.rank ?? 'STAFF',
    orgIds: p.orgIds ?? (p.orgs ?? []).map((o) => o.id),
    orgRoles: Object.fromEntries((p.orgs ?? []).filter((o) => o.title).map((o) => [o.id, o.title])),
    reportsTo: p.reportsTo ?? null,
    decisionRole: p.decisionRole ?? null,
    stance: p.stance ?? 'NEUTRAL',
    risingStar: p.risingStar ?? false,
    onOrgChart: p.onOrgChart ?? true,
    needs: { professional: p.needs?.professional ?? [], personal: p.needs?.personal ?? [] },
    criteria: p.criteria ?? [],
    notes: p.notes ?? null,
    tags: p.tags ?? [],
  };
}

export async function openPersonDialog(app, id) {
  const load = state.accountLoad;
  let original = null;
  if (id) {
    try {
      original = await api.person(state.accountId, id);
    } catch (e) {
      if (stillCurrent(load)) app.toast(e.status === 404 ? t('error.noPersonApi') : t('error.generic', { detail: e.message }), 'error');
      return;
    }
  }
  let version = original?.version;
  const v = toInput(original ?? {});
  const name = h('input', { name: 'name', id: 'person-name', required: true, maxlength: '200', value: v.name, dataset: { field: 'name' } });
  const title = h('input', { name: 'title', id: 'person-title', maxlength: '200', value: v.title ?? '', dataset: { field: 'title' } });
  const rank = select('rank', enumOptions('rank', RANKS), v.rank);
  const orgs = h('select', { name: 'orgIds', id: 'person-orgs', multiple: true, dataset: { field: 'orgIds' } },
    (state.graph?.orgs ?? []).slice().sort((a, b) => a.name.localeCompare(b.name)).map((o) => option(o.id, o.name, v.orgIds.includes(o.id))));
  const reportsTo = select('reportsTo', [option('', t('common.none')), ...peopleByName().filter((p) => p.id !== id).map((p) => option(p.id, p.name))], v.reportsTo);
  const role = select('decisionRole', enumOptions('role', ROLES.filter((r) => r !== 'NONE'), true), v.decisionRole);
  const stance = select('stance', enumOptions('stance', STANCES), v.stance);
  stance.disabled = Boolean(id);
  const rising = h('input', { type: 'checkbox', name: 'risingStar', checked: v.risingStar, dataset: { field: 'risingStar' } });
  const onChart = h('input', { type: 'checkbox', name: 'onOrgChart', checked: v.onOrgChart, dataset: { field: 'onOrgChart' } });
  const profNeeds = h('textarea', { name: 'needsProfessional', dataset: { field: 'needs' }, value: v.needs.professional.join('\n') });
  const persNeeds = h('textarea', { name: 'needsPersonal', dataset: { field: 'needs' }, value: v.needs.personal.join('\n') });
  const tags = h('input', { name: 'tags', maxlength: '2000', value: v.tags.join(', '), dataset: { field: 'tags' } });
  const notes = h('textarea', { name: 'notes', maxlength: '10000', value: v.notes ?? '', dataset: { field: 'notes' } });

  const read = () => ({
    ...v,
    name: name.value.trim(),
    title: title.value.trim() || null,
    rank: rank.value,
    orgIds: [...orgs.selectedOptions].map((o) => o.value),
    orgRoles: Object.fromEntries(Object.entries(v.orgRoles).filter(([k]) => [...orgs.selectedOptions].some((o) => o.value === k))),
    reportsTo: reportsTo.value || null,
    decisionRole: role.value || null,
    stance: stance.value,
    risingStar: rising.checked,
    onOrgChart: onChart.checked,
    needs: { professional: lines(profNeeds.value), personal: lines(persNeeds.value) },
    notes: notes.value.trim() || null,
    tags: tags.value.split(',').map((s) => s.trim()).filter(Boolean),
  });

  openDialog({
    id: 'person-form',
    load,
    title: id ? t('person.editTitle', { name: original.name }) : t('person.addTitle'),
    body: [
      field('person.name', name),
      field('person.title', title),
      h('div', { class: 'grid2' }, field('person.rank', rank), field('person.role', role)),
      h('div', { class: 'grid2' }, field('person.reportsTo', reportsTo), field('person.stance', stance, id ? h('small', { class: 'muted', text: t('person.stanceHint') }) : null)),
      field('person.orgs', orgs),
      h('div', { class: 'grid2' }, h('label', { class: 'inline' }, rising, h('span', { text: t('person.risingStar') })),
        h('label', { class: 'inline' }, onChart, h('span', { text: t('person.onOrgChart') }))),
      h('div', { class: 'grid2' }, field('person.needsProfessional', profNeeds), field('person.needsPersonal', persNeeds)),
      field('person.tags', tags),
      field('person.notes', notes),
    ],
    onSubmit: async (ui) => {
      const body = read();
      if (!body.name) {
        ui.error({ problem: { errors: [{ field: 'name', message: t('person.nameRequired') }] } });
        return;
      }
      let saved;
      try {
        saved = id ? await api.updatePerson(state.accountId, id, { ...body, version }) : await api.createPerson(state.accountId, body);
      } catch (e) {
        if (!e.conflict || !id) throw e;
        let fresh;
        try {
          fresh = await api.person(state.accountId, id);
        } catch {
          ui.error({ message: t('conflict.deleted', { name: original.name }) });
          await app.reload();
          return;
        }
        const before = toInput(original);
        const after = toInput(fresh);
        const changed = TRACKED.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => t(`person.field.${k}`));
        version = fresh.version;
        original = fresh;
        stance.value = fresh.stance;
        await app.reload();
        ui.conflict(t('conflict.person', { name: fresh.name, fields: changed.length ? changed.join(', ') : t('conflict.unknownFields') }));
        return;
      }
      ui.close();
      app.toast(t(id ? 'person.saved' : 'person.created', { name: body.name }));
      await app.reload();
      if (saved?.id) app.selectPerson(saved.id, { center: !id });
    },
  });
}

export function confirmDeletePerson(app, id) {
  const d = app.map.personData(id);
  if (!d) return;
  let version = d.version;
  openDialog({
    id: 'delete-form',
    title: t('person.deleteTitle', { name: d.name }),
    body: [h('p', { text: t('person.deleteText', { name: d.name }) })],
    submitLabel: t('common.delete'),
    danger: true,
    onSubmit: async (ui) => {
      try {
        await api.deletePerson(app.state.accountId, id, version);
      } catch (e) {
        if (!e.conflict) throw e;
        await app.reload();
        version = app.map.personData(id)?.version ?? version;
        ui.conflict(t('conflict.delete', { name: d.name }));
        return;
      }
      ui.close();
      app.clearSelection();
      app.toast(t('person.deleted', { name: d.name }));
      await app.reload();
    },
  });
}

// ----- decision criteria and competitor alignments (from the card) -----

/**
 * Saves a change of the person's criteria list: `change(criteria)` returns the new list. The whole
 * person is sent with the version the card was loaded at; on a 409 the dialog shows the criteria
 * someone else saved, and Save again applies the change to them.
 */
function criteriaDialog(app, person, { id, title, body, submitLabel, danger, change, done }) {
  let base = person;
  openDialog({
    id,
    title,
    body,
    submitLabel,
    danger,
    onSubmit: async (ui) => {
      const criteria = change(base.criteria ?? []);
      if (!criteria) return;
      try {
        await api.updatePerson(state.accountId, base.id, { ...toInput(base), criteria, version: base.version });
      } catch (e) {
        if (!e.conflict) throw e;
        try {
          base = await api.person(state.accountId, base.id);
        } catch {
          ui.error({ message: t('conflict.deleted', { name: person.name }) });
          await app.reload();
          return;
        }
        await app.reload();
        ui.conflict(t('conflict.criteria', { name: base.name, criteria: criteriaText(base.criteria) }));
        return;
      }
      ui.close();
      app.toast(done);
      await app.reload();
    },
  });
}

const criteriaText = (list) => (list ?? []).map((c) => label('criterion', c.category)).join(', ') || t('common.none');

export function openCriterionDialog(app, person) {
  const category = select('category', CRITERIA.map((c) => option(c, label('criterion', c))), CRITERIA[0]);
  category.id = 'criterion-category';
  const note = h('input', { id: 'criterion-note', name: 'note', maxlength: '500', dataset: { field: 'criteria' } });
  criteriaDialog(app, person, {
    id: 'criterion-form',
    title: t('criteria.addTitle', { name: person.name }),
    body: [field('criteria.category', category), field('criteria.note', note)],
    change: (list) => [...list, { category: category.value, note: note.value.trim() || null }],
    done: t('criteria.added', { name: person.name }),
  });
}

export function confirmRemoveCriterion(app, person, index) {
  const c = person.criteria[index];
  criteriaDialog(app, person, {
    id: 'criterion-remove-form',
    title: t('criteria.removeTitle'),
    body: [h('p', { text: t('criteria.removeText', { criterion: label('criterion', c.category), name: person.name }) })],
    submitLabel: t('common.delete'),
    danger: true,
    // After a conflict the same criterion is removed from their list, if it is still there.
    change: (list) => {
      const at = list.findIndex((x) => x.category === c.category && (x.note ?? null) === (c.note ?? null));
      return at < 0 ? list : list.filter((_, i) => i !== at);
    },
    done: t('criteria.removed', { name: person.name }),
  });
}

/** Aligns the person with a competitor (or changes the strength of an alignment). */
export async function openAlignmentDialog(app, person) {
  const load = state.accountLoad;
  let competitors;
  try {
    competitors = await api.competitors(state.accountId);
  } catch (e) {
    if (stillCurrent(load)) app.toast(t('error.generic', { detail: e.message }), 'error');
    return;
  }
  if (!stillCurrent(load)) return;
  if (!competitors.length) {
    app.toast(t('alignment.noCompetitors'), 'error');
    return;
  }
  const current = new Map((person.competitors ?? []).map((c) => [c.id, c]));
  const competitor = select('competitorId', competitors.map((c) => option(c.id, c.name)), competitors.find((c) => !current.has(c.id))?.id ?? competitors[0].id);
  competitor.id = 'alignment-competitor';
  const strength = select('strength', [1, 2, 3].map((n) => option(String(n), label('strength', n))), '2');
  strength.id = 'alignment-strength';
  let known = current;
  openDialog({
    id: 'alignment-form',
    load,
    title: t('alignment.addTitle', { name: person.name }),
    body: [field('alignment.competitor', competitor), field('alignment.strength', strength)],
    onSubmit: async (ui) => {
      const name = competitors.find((c) => c.id === competitor.value)?.name ?? '';
      const version = known.get(competitor.value)?.version;
      try {
        await api.align(state.accountId, person.id, competitor.value, { strength: Number(strength.value), ...(version ? { version } : {}) });
      } catch (e) {
        if (!e.conflict) throw e;
        const fresh = await api.person(state.accountId, person.id);
        known = new Map((fresh.competitors ?? []).map((c) => [c.id, c]));
        await app.reload();
        const theirs = known.get(competitor.value);
        ui.conflict(t('conflict.alignment', { name: person.name, competitor: name, strength: theirs ? label('strength', theirs.strength) : t('common.none') }));
        return;
      }
      ui.close();
      app.toast(t('alignment.saved', { name: person.name, competitor: name }));
      await app.reload();
    },
  });
}

export function confirmRemoveAlignment(app, person, alignment) {
  let version = alignment.version;
  openDialog({
    id: 'alignment-remove-form',
    title: t('alignment.removeTitle'),
    body: [h('p', { text: t('alignment.removeText', { name: person.name, competitor: alignment.name }) })],
    submitLabel: t('common.delete'),
    danger: true,
    onSubmit: async (ui) => {
      try {
        await api.unalign(app.state.accountId, person.id, alignment.id, version);
      } catch (e) {
        if (e.status === 404) {
          await app.reload();
          ui.error({ message: t('conflict.alignmentGone', { competitor: alignment.name }) });
          return;
        }
        if (!e.conflict) throw e;
        const fresh = (await api.person(app.state.accountId, person.id)).competitors?.find((c) => c.id === alignment.id);
        await app.reload();
        if (!fresh) {
          ui.error({ message: t('conflict.alignmentGone', { competitor: alignment.name }) });
          return;
        }
        version = fresh.version;
        ui.conflict(t('conflict.alignment', { name: person.name, competitor: alignment.name, strength: label('strength', fresh.strength) }));
        return;
      }
      ui.close();
      app.toast(t('alignment.removed', { name: person.name, competitor: alignment.name }));
      await app.reload();
    },
  });
}

// ----- per-deal roles -----

/** The person's role in the selected opportunity's decision chain (overrides their own role there). */
export async function openDealRoleDialog(app, id) {
  const load = state.accountLoad;
  const d = app.map.personData(id);
  const oppId = state.opportunityId;
  if (!d || !oppId) return;
  let opp;
  try {
    opp = await api.opportunity(state.accountId, oppId);
  } catch (e) {
    if (stillCurrent(load)) app.toast(t('error.generic', { detail: e.message }), 'error');
    return;
  }
  const mine = (opp.roles ?? []).find((r) => r.personId === id);
  const role = select('decisionRole', enumOptions('role', ROLES.filter((r) => r !== 'NONE'), true), mine?.decisionRole ?? '');
  role.id = 'deal-role';
  const hidden = h('input', { type: 'checkbox', id: 'deal-hidden', name: 'hidden', checked: Boolean(mine?.hidden), dataset: { field: 'roles' } });
  const current = h('p', { class: 'muted', id: 'deal-current', text: t('deal.current', { role: label('role', mine?.decisionRole ?? d.decisionRole) }) });
  openDialog({
    id: 'deal-form',
    load,
    title: t('deal.title', { name: d.name, deal: opp.name }),
    body: [current, field('deal.role', role), h('label', { class: 'inline' }, hidden, h('span', { text: t('deal.hidden') })),
      h('p', { class: 'muted', text: t('deal.hint') })],
    onSubmit: async (ui) => {
      const others = (opp.roles ?? []).filter((r) => r.personId !== id).map((r) => ({ personId: r.personId, decisionRole: r.decisionRole, hidden: r.hidden }));
      const roles = role.value ? [...others, { personId: id, decisionRole: role.value, hidden: hidden.checked }] : others;
      try {
        await api.setDealRoles(state.accountId, oppId, { roles, version: opp.version });
      } catch (e) {
        if (!e.conflict) throw e;
        opp = await api.opportunity(state.accountId, oppId);
        const now = (opp.roles ?? []).find((r) => r.personId === id);
        await app.reload();
        ui.conflict(t('conflict.deal', { deal: opp.name, role: label('role', now?.decisionRole) }));
        return;
      }
      ui.close();
      app.toast(t('deal.saved', { name: d.name, role: label('role', role.value || null) }));
      await app.reload();
    },
  });
}

// ----- ties -----

export function openTieDialog(app, tie, defaults = {}) {
  const people = peopleByName();
  if (people.length < 2) {
    app.toast(t('tie.needTwo'), 'error');
    return;
  }
  let version = tie?.version;
  const peopleOptions = () => people.map((p) => option(p.id, p.name));
  const from = select('from', [option('', t('tie.pick')), ...peopleOptions()], tie?.source ?? defaults.from ?? '');
  const to = select('to', [option('', t('tie.pick')), ...peopleOptions()], tie?.target ?? defaults.to ?? '');
  from.id = 'tie-from';
  to.id = 'tie-to';
  const kind = select('kind', enumOptions('kind', KINDS), tie?.kind ?? 'ADVICE');
  kind.id = 'tie-kind';
  const strength = select('strength', [1, 2, 3].map((s) => option(String(s), label('strength', s))), String(tie?.strength ?? 2));
  strength.id = 'tie-strength';
  const confidence = h('input', { type: 'number', name: 'confidence', min: '0', max: '1', step: '0.05', value: String(tie?.confidence ?? 0.8), dataset: { field: 'confidence' } });
  const source = h('input', { name: 'source', maxlength: '500', value: tie?.sourceNote ?? '', dataset: { field: 'source' } });
  const since = h('input', { type: 'date', name: 'since', value: tie?.since ?? '', dataset: { field: 'since' } });
  openDialog({
    id: 'tie-form',
    title: tie ? t('tie.editTitle', { from: personName(tie.source), to: personName(tie.target) }) : t('tie.addTitle'),
    body: [
      h('p', { class: 'muted', text: t('tie.direction') }),
      h('div', { class: 'grid2' }, field('tie.from', from), field('tie.to', to)),
      h('div', { class: 'grid2' }, field('tie.kind', kind), field('tie.strength', strength)),
      h('div', { class: 'grid2' }, field('tie.confidence', confidence), field('tie.since', since)),
      field('tie.source', source),
    ],
    onSubmit: async (ui) => {
      const body = {
        from: from.value, to: to.value, kind: kind.value, strength: Number(strength.value),
        confidence: confidence.value === '' ? null : Number(confidence.value),
        source: source.value.trim() || null, since: since.value || null,
      };
      if (!body.from || !body.to || body.from === body.to) {
        ui.error({ problem: { errors: [{ field: body.from ? 'to' : 'from', message: t('tie.pickTwo') }] } });
        return;
      }
      try {
        if (tie) await api.updateTie(app.state.accountId, tie.id, { ...body, version });
        else await api.createTie(app.state.accountId, body);
      } catch (e) {
        if (!e.conflict || !tie) throw e;
        await app.reload();
        const fresh = app.map.cy?.getElementById(tie.id);
        if (!fresh || fresh.empty()) {
          ui.error({ message: t('conflict.tieDeleted') });
          return;
        }
        version = fresh.data('version') ?? e.problem?.currentVersion ?? version;
        ui.conflict(t('conflict.tie', { kind: label('kind', fresh.data('kind')), strength: label('strength', fresh.data('strength')) }));
        return;
      }
      ui.close();
      app.toast(t(tie ? 'tie.saved' : 'tie.created', { from: personName(body.from), to: personName(body.to) }));
      await app.reload();
    },
  });
}

export function confirmDeleteTie(app, tie) {
  let version = tie.version;
  openDialog({
    id: 'delete-tie-form',
    title: t('tie.deleteTitle'),
    body: [h('p', { text: t('tie.deleteText', { kind: label('kind', tie.kind), from: personName(tie.source), to: personName(tie.target) }) })],
    submitLabel: t('common.delete'),
    danger: true,
    onSubmit: async (ui) => {
      try {
        await api.deleteTie(app.state.accountId, tie.id, version);
      } catch (e) {
        if (!e.conflict) throw e;
        await app.reload();
        version = app.map.cy?.getElementById(tie.id)?.data('version') ?? version;
        ui.conflict(t('conflict.deleteTie'));
        return;
      }
      ui.close();
      app.clearSelection();
      app.toast(t('tie.deleted'));
      await app.reload();
    },
  });
}

// ----- help -----

export function openHelp() {
  const keys = ['/', '?', 'Esc', '← ↑ → ↓', 'Enter', 'F', 'Shift+F', '+ −', '0'];
  const dlg = $('dialog');
  const close = h('button', { type: 'button', class: 'primary', text: t('common.close'), onclick: () => dlg.close() });
  fill(dlg, h('form', { method: 'dialog' },
    h('h2', { id: 'dialog-title', text: t('help.title') }),
    h('dl', { class: 'keys' }, keys.flatMap((k, i) => [h('dt', null, h('kbd', { text: k })), h('dd', { text: t(`help.key${i}`) })])),
    h('div', { class: 'buttons' }, close)));
  delete dlg.dataset.load; // belongs to no account
  dlg.setAttribute('aria-labelledby', 'dialog-title');
  if (!dlg.open) dlg.showModal();
  close.focus();
}
