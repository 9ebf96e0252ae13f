// Records that a schema migration ran. MERGE keeps a second process that
// migrated at the same time from recording it twice.
MERGE (m:GeokgMigration {version: $version})
ON CREATE SET m.name = $name, m.appliedAt = $appliedAt
