// Identity decisions: which ids were merged into which, by what rule and
// on which names, newest first; undone merges stay on record.
MATCH (m:Merge)
OPTIONAL MATCH (into:Entity {id: m.intoId})
RETURN m.fromId AS merged, m.intoId AS into, into.name AS name, m.rule AS rule, m.names AS names,
       m.articleId AS decidedBy, m.createdAt AS at, m.active AS active, m.undoneAt AS undoneAt
ORDER BY at DESC
