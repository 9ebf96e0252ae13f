// The schema migrations this database has recorded.
MATCH (m:GeokgMigration)
RETURN m.version AS version
ORDER BY version
