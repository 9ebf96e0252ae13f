// Entities by id.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .type, .name, .aliases, .kind, .code, .articles} AS entity
