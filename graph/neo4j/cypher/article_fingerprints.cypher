// The fingerprints of the articles a batch is about to write: an unchanged
// fingerprint means the article is skipped.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.fingerprint AS fingerprint
