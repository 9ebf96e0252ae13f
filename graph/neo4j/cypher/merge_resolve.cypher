// The active merges out of the given ids: one step of every merge chain.
UNWIND $ids AS id
MATCH (m:Merge {fromId: id})
WHERE m.active
RETURN m.fromId AS fromId, m.intoId AS intoId
