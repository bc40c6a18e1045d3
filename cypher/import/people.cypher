UNWIND $rows AS r
CREATE (p:Person {
  id: r.id, accountId: $accountId, externalId: r.externalId, name: r.name, title: r.title, rank: r.rank,
  decisionRole: r.decisionRole, stance: r.stance, stanceUpdatedAt: r.stanceUpdatedAt,
  risingStar: r.risingStar, onOrgChart: r.onOrgChart,
  needsProfessional: r.needsProfessional, needsPersonal: r.needsPersonal,
  criteriaCategories: r.criteriaCategories, criteriaNotes: r.criteriaNotes,
  notes: r.notes, tags: r.tags, version: 1, createdAt: datetime(), updatedAt: datetime()
})
