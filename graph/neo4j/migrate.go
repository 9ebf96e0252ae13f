package neo4j

import (
	"context"
	"fmt"
	"time"
)

var (
	migrationAppliedStmt = define("migration_applied", noParams)
	migrationRecordStmt  = define("migration_record", func(m migrationRecord) map[string]any {
		return map[string]any{"version": m.version, "name": m.name, "appliedAt": m.at}
	})
	awaitIndexesStmt = define("await_indexes", func(seconds int) map[string]any {
		return map[string]any{"seconds": seconds}
	})
)

type migrationRecord struct {
	version int
	name    string
	at      time.Time
}

// Migrate brings the database's schema up to date: uniqueness constraints
// on id for every label geokg writes, the full-text index search uses, and
// the range indexes listings sort and filter by. Each migration is one
// statement under cypher/schema, written with IF NOT EXISTS and recorded in
// a (:GeokgMigration {version}) node once applied, so Migrate is idempotent
// and two processes migrating at once do no harm. It waits until new
// indexes are online.
func (s *Store) Migrate(ctx context.Context) error {
	if s.closed.Load() {
		return errClosed
	}
	ctx, cancel := s.callContext(ctx)
	defer cancel()
	all, err := migrations()
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	applied := make(map[int]bool)
	err = s.b.write(ctx, func(ctx context.Context, tx runner) error {
		clear(applied)
		recs, err := run(ctx, tx, migrationAppliedStmt, struct{}{})
		if err != nil {
			return err
		}
		var d decoder
		for _, rec := range recs {
			applied[d.int(rec, "version")] = true
		}
		return d.err
	})
	if err != nil {
		return fmt.Errorf("migrate: read applied migrations: %w", translate(err))
	}
	ran := 0
	for _, m := range all {
		if applied[m.version] {
			continue
		}
		name := fmt.Sprintf("schema/%04d_%s", m.version, m.name)
		if err := s.b.schema(ctx, name, m.cypher, nil); err != nil {
			return fmt.Errorf("migrate: %s: %w", name, translate(err))
		}
		rec := migrationRecord{version: m.version, name: m.name, at: s.now().UTC()}
		err := s.b.write(ctx, func(ctx context.Context, tx runner) error {
			_, err := run(ctx, tx, migrationRecordStmt, rec)
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate: record %s: %w", name, translate(err))
		}
		s.log.Debug("neo4j schema migration applied", "version", m.version, "name", m.name)
		ran++
	}
	if ran > 0 {
		s.log.Info("neo4j schema migrated", "applied", ran, "version", all[len(all)-1].version)
		seconds := int(max(time.Second, time.Until(deadline(ctx))).Seconds())
		if err := s.b.schema(ctx, awaitIndexesStmt.name, awaitIndexesStmt.cypher, awaitIndexesStmt.params(seconds)); err != nil {
			return fmt.Errorf("migrate: wait for indexes: %w", translate(err))
		}
	}
	return nil
}

func deadline(ctx context.Context) time.Time {
	if d, ok := ctx.Deadline(); ok {
		return d
	}
	return time.Now().Add(DefaultTimeout)
}
