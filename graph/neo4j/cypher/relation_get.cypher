// Relations by id: the summaries, without the digests they were read from.
UNWIND $ids AS id
MATCH (r:Relation {id: id})
RETURN r {.id, .type, .sourceId, .targetId, .modality, .role, .confidence, .articles} AS relation
