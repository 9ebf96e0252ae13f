// Where an entity or event comes from: each article that names it, newest
// first, with the words and sentences it used. For an entity that is every
// mention; for an event, the sentences that describe it and the figures
// that article gave.
//   :param node => 'person:vladimir-putin'
CALL () {
  MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $node})
  UNWIND range(0, size(m.texts) - 1) AS i
  RETURN a, m.texts[i] AS said, m.sentenceStarts[i] AS start, null AS killed
  UNION
  MATCH (a:Article)-[r:REPORTS]->(:Event {id: $node})
  UNWIND r.sentences AS sentence
  RETURN a, sentence AS said, null AS start, r.killedText AS killed
}
RETURN a.published AS published, a.title AS article, said, start, killed
ORDER BY published DESC, article, start
