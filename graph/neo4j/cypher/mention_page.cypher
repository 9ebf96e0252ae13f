// A page of each entity's mentions, newest article first, then article id,
// the id the article gave the entity, and the mention's place in its list.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Article)-[m:MENTIONS]->(:Entity {id: id})
  RETURN sum(size(m.texts)) AS total
}
CALL (id) {
  MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: id})
  UNWIND range(0, size(m.texts) - 1) AS i
  WITH a, m, i
  WHERE NOT $after
     OR a.pubOrder > $cursorOrder
     OR (a.pubOrder = $cursorOrder AND (a.id > $cursorArticleId
       OR (a.id = $cursorArticleId AND (m.statedId > $cursorStatedId
         OR (m.statedId = $cursorStatedId AND i > $cursorOrd)))))
  WITH a, m, i
  ORDER BY a.pubOrder, a.id, m.statedId, i
  LIMIT $limit
  RETURN collect({articleId: a.id, pubOrder: a.pubOrder, statedId: m.statedId, ord: i,
                  text: m.texts[i], textStart: m.textStarts[i], textEnd: m.textEnds[i],
                  sentence: m.sentences[i], sentenceStart: m.sentenceStarts[i],
                  sentenceEnd: m.sentenceEnds[i], confidence: m.confidences[i]}) AS mentions
}
RETURN id, total, mentions
