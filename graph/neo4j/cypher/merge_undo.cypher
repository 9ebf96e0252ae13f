// Marks a merge undone; the record stays so the decision can be inspected.
MATCH (m:Merge {id: $id})
SET m.active = false,
    m.undoneAt = $undoneAt
