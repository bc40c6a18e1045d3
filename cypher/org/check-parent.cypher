// Whether the parent is an org of this account, and whether hanging the org under it would loop
// (the parent is the org itself or one of its descendants).
OPTIONAL MATCH (parent:Org {id: $parentId})
WITH parent, parent IS NOT NULL AND parent.accountId = $accountId AS parentFound
OPTIONAL MATCH path = (parent)-[:PART_OF*0..]->(:Org {id: $id})
RETURN parentFound, count(path) > 0 AS wouldLoop
