// Records merges as active. Applying an undone merge again makes it active
// with the new names, rule and time.
UNWIND $rows AS row
MERGE (m:Merge {id: row.id})
SET m.fromId = row.fromId,
    m.intoId = row.intoId,
    m.names = row.names,
    m.rule = row.rule,
    m.articleId = row.articleId,
    m.createdAt = row.createdAt,
    m.active = true
REMOVE m.undoneAt
