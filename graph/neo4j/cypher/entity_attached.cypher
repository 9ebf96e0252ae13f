// What currently resolves to each entity node: the articles' mentions (by
// the id the article gave), the claims naming it as source, target or
// speaker, and the events involving it. A merge or its undoing re-resolves
// exactly these.
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: id})
  RETURN collect({articleId: a.id, statedId: m.statedId}) AS mentions
}
CALL (id) {
  CALL (id) {
    MATCH (c:Claim {sourceId: id})
    RETURN c
    UNION
    MATCH (c:Claim {targetId: id})
    RETURN c
    UNION
    MATCH (c:Claim {speakerId: id})
    RETURN c
  }
  RETURN collect(c {.id, .type, .modality, .statedSourceId, .statedTargetId, .statedSpeakerId,
                    .relationId, .sourceId, .targetId, .speakerId}) AS claims
}
CALL (id) {
  MATCH (v:Event)-[:INVOLVES]->(:Entity {id: id})
  RETURN collect(DISTINCT v.id) AS events
}
RETURN id, mentions, claims, events
