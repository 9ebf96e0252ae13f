// Waits until every index is online: a full-text index created a moment
// ago is still being populated, and querying it then fails.
CALL db.awaitIndexes($seconds)
