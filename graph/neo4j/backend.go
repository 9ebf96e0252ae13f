package neo4j

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// runner runs one statement and returns all its records.
type runner interface {
	run(ctx context.Context, name, cypher string, params map[string]any) ([]*neo4j.Record, error)
}

// backend is the seam between the store and the driver. The store runs
// every statement through it; tests count what crosses it.
type backend interface {
	// write runs work in one managed write transaction. The driver runs
	// work again when the transaction fails with a transient error, so work
	// must give the same result when repeated: it builds all its state
	// afresh and writes with MERGE on deterministic ids.
	write(ctx context.Context, work func(ctx context.Context, tx runner) error) error
	// read runs one statement in its own read transaction, routed to a
	// reader, after every write this backend committed (bookmarks).
	read(ctx context.Context, name, cypher string, params map[string]any) ([]*neo4j.Record, error)
	// schema runs one schema statement in its own write transaction.
	schema(ctx context.Context, name, cypher string, params map[string]any) error
	close(ctx context.Context) error
}

// driverBackend is the backend on a real driver. One bookmark manager is
// shared by writes and reads, so a read after a load sees the load even
// when a cluster routes it to a follower that has not caught up yet.
type driverBackend struct {
	driver    neo4j.DriverWithContext
	bookmarks neo4j.BookmarkManager
	database  string
	txTimeout time.Duration
}

func newDriverBackend(d neo4j.DriverWithContext, database string, txTimeout time.Duration) *driverBackend {
	return &driverBackend{
		driver:    d,
		bookmarks: neo4j.NewBookmarkManager(neo4j.BookmarkManagerConfig{}),
		database:  database,
		txTimeout: txTimeout,
	}
}

func (d *driverBackend) write(ctx context.Context, work func(ctx context.Context, tx runner) error) error {
	session := d.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    d.database,
		AccessMode:      neo4j.AccessModeWrite,
		BookmarkManager: d.bookmarks,
	})
	defer session.Close(ctx)
	_, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, work(ctx, managedTx{tx})
	}, neo4j.WithTxTimeout(d.txTimeout))
	return err
}

type managedTx struct{ tx neo4j.ManagedTransaction }

func (m managedTx) run(ctx context.Context, name, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := m.tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return recs, nil
}

func (d *driverBackend) read(ctx context.Context, name, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := neo4j.ExecuteQuery(ctx, d.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(d.database),
		neo4j.ExecuteQueryWithReadersRouting(),
		neo4j.ExecuteQueryWithBookmarkManager(d.bookmarks),
		neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(d.txTimeout)))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return res.Records, nil
}

func (d *driverBackend) schema(ctx context.Context, name, cypher string, params map[string]any) error {
	// Schema and administration statements run in an auto-commit
	// transaction of their own, as cypher-shell runs them: some (CREATE
	// DATABASE ... WAIT) are refused inside explicit transactions.
	session := d.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    d.database,
		AccessMode:      neo4j.AccessModeWrite,
		BookmarkManager: d.bookmarks,
	})
	defer session.Close(ctx)
	res, err := session.Run(ctx, cypher, params)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func (d *driverBackend) close(ctx context.Context) error { return d.driver.Close(ctx) }

// readRunner runs each statement as its own read.
type readRunner struct{ b backend }

func (r readRunner) run(ctx context.Context, name, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return r.b.read(ctx, name, cypher, params)
}

// driverLog passes the driver's warnings to slog. Its errors go at debug
// level: the driver logs every failure it retries, and those that are not
// retried come back from the call anyway. Info and debug chatter (every
// connection and routing table) is dropped.
type driverLog struct{ log *slog.Logger }

func (l driverLog) Error(name, id string, err error) {
	l.log.Debug("neo4j driver", "component", name, "id", id, "err", err)
}

func (l driverLog) Warnf(name, id, msg string, args ...any) {
	l.log.Warn("neo4j driver: "+fmt.Sprintf(msg, args...), "component", name, "id", id)
}

func (driverLog) Infof(string, string, string, ...any)  {}
func (driverLog) Debugf(string, string, string, ...any) {}
