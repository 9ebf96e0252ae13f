// Writes articles. pubOrder is the key of newest-first listings (negated
// publication day, unknown days last), computed by the store.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.url = row.url,
    a.published = row.published,
    a.pubOrder = row.pubOrder,
    a.text = row.text,
    a.source = row.source,
    a.fingerprint = row.fingerprint,
    a.loadedAt = row.loadedAt,
    a.mentions = row.mentions
