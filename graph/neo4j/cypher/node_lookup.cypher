// For each id: whether an entity or event has it, and the active merge out
// of it. Reads follow these to the node an asked id now reads as.
UNWIND $ids AS id
OPTIONAL MATCH (m:Merge {fromId: id})
WHERE m.active
RETURN id, m.intoId AS intoId,
       EXISTS { MATCH (:Entity {id: id}) } OR EXISTS { MATCH (:Event {id: id}) } AS found
