// Who met whom in a date range: every meeting whose date falls between
// $from and $to (YYYY-MM-DD; a meeting known only to the week or month
// counts when its range overlaps), with its participants and how many
// articles report it. In Neo4j Browser, set the parameters first:
//   :param from => '2025-03-01'
//   :param to => '2025-03-31'
MATCH (m:Meeting)
WHERE m.dateEnd >= $from AND m.dateStart <= $to
MATCH (m)-[:INVOLVES {role: 'participant'}]->(p:Entity)
WITH m, collect(p.name) AS participants
OPTIONAL MATCH (m)-[:INVOLVES {role: 'location'}]->(place)
RETURN m.dateStart AS date, m.datePrecision AS precision, m.name AS meeting, participants,
       place.name AS place, m.modality AS modality, m.articles AS articles
ORDER BY date, meeting
