// What currently resolves to each event node: the articles' reports (by the
// id the article gave), the claims naming it as source or target, and the
// events involving it. A merge or its undoing re-resolves exactly these.
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Article)-[r:REPORTS]->(:Event {id: id})
  RETURN collect({articleId: a.id, statedId: r.statedId}) AS reports
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
  MATCH (v:Event)-[:INVOLVES]->(:Event {id: id})
  RETURN collect(DISTINCT v.id) AS events
}
RETURN id, reports, claims, events
