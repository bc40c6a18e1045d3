MATCH (a:Account {id: $id}) WHERE a.importing IS NULL
CALL (a) {
  OPTIONAL MATCH (p:Person {accountId: a.id})
  RETURN count(p) AS people
}
CALL (a) {
  OPTIONAL MATCH (o:Opportunity {accountId: a.id})
  WITH o ORDER BY o.closeDate, o.name
  RETURN count(o) AS opportunities, collect(o {.id, .name, .stage, .value, .currency, closeDate: toString(o.closeDate)}) AS opportunityList
}
RETURN a {.id, .name, .customerClass, .orgLevel, .notes, .version, people: people, opportunities: opportunities,
          opportunityList: opportunityList} AS row
