// One merge record, active or undone.
MATCH (m:Merge {id: $id})
RETURN properties(m) AS merge
