CREATE CONSTRAINT geokg_migration_version IF NOT EXISTS FOR (m:GeokgMigration) REQUIRE m.version IS UNIQUE
