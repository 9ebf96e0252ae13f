package main

import (
	"context"
	"fmt"
)

const migrateUsage = `
Usage: geokg migrate [flags]

Migrate creates the store's schema or brings it up to date, and changes
nothing else; running it again does nothing.

On Neo4j it adds the uniqueness constraints, the full-text index and the
range indexes geokg reads by, records each step in the database and waits
until new indexes are online. Run it after "neo4j-admin database import"
(geokg export --format neo4j-admin). serve and load migrate when they start,
so a database they have used is up to date already.

SQLite migrates whenever geokg opens it: here that creates the file if it
is missing, or updates one written by an older geokg.

Examples:

	geokg migrate --store bolt://localhost:7687
	NEO4J_PASSWORD=secret GEOKG_STORE=neo4j+s://db.example.org geokg migrate
	geokg migrate --store /var/lib/geokg/news.db
`

func (m *Main) runMigrate(ctx context.Context, args []string) (err error) {
	f := m.newFlagSet("migrate", migrateUsage)
	f.storeFlag()
	if err := f.parseNoArgs(args); err != nil {
		return err
	}
	kind, target, err := parseStore(f.store)
	if err != nil {
		return f.usageErr("%v", err)
	}
	if kind == kindNeo4j {
		// Opened without migrating, so the migration runs here, under this
		// command's name in the error if it fails.
		s, err := f.openNeo4j(ctx, target, true)
		if err != nil {
			return err
		}
		defer closeStore(s, f.log, &err)
		if err := s.Migrate(ctx); err != nil {
			return fmt.Errorf("%s: %w", m.describeStore(f.store), err)
		}
	} else {
		s, err := f.openStore(ctx)
		if err != nil {
			return err
		}
		defer closeStore(s, f.log, &err)
	}
	_, err = fmt.Fprintf(m.Stdout, "%s store %s: schema up to date\n", kind, m.describeStore(f.store))
	return err
}
