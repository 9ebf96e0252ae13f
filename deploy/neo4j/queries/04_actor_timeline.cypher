// The timeline of an actor: every event a person, country, organisation or
// place took part in, perpetrated or hosted, by date (undated events last),
// with the role it played. Name it by id or exact name.
//   :param actor => 'Vladimir Putin'
MATCH (x:Entity)
WHERE x.id = $actor OR x.name = $actor
MATCH (e:Event)-[i:INVOLVES]->(x)
RETURN x.name AS actor, e.dateStart AS date, e.datePrecision AS precision, e.type AS type,
       e.name AS event, i.role AS role, e.modality AS modality, e.articles AS articles
ORDER BY e.day IS NULL, e.day, e.id
