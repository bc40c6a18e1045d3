MATCH (j:ImportJob {id: $id})
RETURN j {.id, .state, .percent, .accountId, .counts, .errors, .errorCount, .bytes, createdAt: toString(j.createdAt),
          updatedAt: toString(j.updatedAt)} AS row
