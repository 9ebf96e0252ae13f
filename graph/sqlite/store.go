// Package sqlite is geokg's embedded default store: a graph.Store in one
// SQLite file, on modernc.org/sqlite (pure Go, no cgo).
//
// Each article's statements are kept as written, under the ids its extractor
// gave, with a resolved id maintained through the active merges; the entity,
// event and relation tables are derived from them by the rules of
// graph.Summarize* for the ids each write touches, each row with a digest of
// its statements that writes fold their new statements into (put.go). Names
// and aliases are indexed with FTS5. The package knows nothing of GraphQL or
// of the other backends.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/mergechain"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Store is a graph.Store in a SQLite file. It is safe for concurrent use:
// readers run in parallel on their own connections while one writer at a
// time holds the write connection.
type Store struct {
	db     *sql.DB // the one write connection
	rdb    *sql.DB // read-only connections
	now    func() time.Time
	log    *slog.Logger
	closed atomic.Bool

	// afterArticle, when set, runs after each article of a PutArticles batch
	// is written and before the batch commits: tests use it to stop a batch
	// half way.
	afterArticle func(i int)
}

var _ graph.Store = (*Store)(nil)

// Option configures a Store.
type Option func(*Store)

// WithClock sets the clock that stamps LoadedAt and merge times (default
// time.Now), so tests get deterministic timestamps.
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// WithLogger sets the logger for migrations and other notable events. By
// default the store logs nothing: a library that writes to the process's
// default logger floods every test that opens a store; a program that wants
// the lines passes its logger.
func WithLogger(l *slog.Logger) Option { return func(s *Store) { s.log = l } }

// Open opens the store in the file at path, creating it when missing, and
// brings its schema up to date.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	if path == "" || path == ":memory:" {
		// Every pooled connection would see its own empty database.
		return nil, fmt.Errorf("open sqlite store %q: a file path is needed: %w", path, graph.ErrInvalid)
	}
	s := &Store{now: time.Now, log: slog.New(slog.DiscardHandler)}
	for _, o := range opts {
		o(s)
	}
	var err error
	if s.db, err = sql.Open("sqlite", dsn(path, writeParams)); err != nil {
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	// One writer connection: writers queue in database/sql, honouring their
	// contexts, instead of spinning in SQLite's busy handler.
	s.db.SetMaxOpenConns(1)
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, translate(err))
	}
	if s.rdb, err = sql.Open("sqlite", dsn(path, readParams)); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	s.rdb.SetMaxOpenConns(max(4, runtime.GOMAXPROCS(0)))
	s.rdb.SetMaxIdleConns(max(4, runtime.GOMAXPROCS(0)))
	if err := s.rdb.PingContext(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, translate(err))
	}
	return s, nil
}

// The pragmas every connection runs. WAL lets readers work while a batch is
// written; synchronous=normal is durable across application crashes in WAL
// mode (a power cut may lose the last commits, never corrupt the file);
// busy_timeout waits for other processes' locks instead of failing at once.
// Writes begin IMMEDIATE so that a write transaction never has to upgrade a
// read lock, the case where SQLite fails with SQLITE_BUSY without waiting.
var (
	writeParams = url.Values{
		"_pragma": {"busy_timeout(10000)", "journal_mode(wal)", "foreign_keys(1)", "synchronous(normal)",
			"cache_size(-65536)", "temp_store(memory)"},
		"_txlock": {"immediate"},
	}
	readParams = url.Values{
		"_pragma": {"busy_timeout(10000)", "foreign_keys(1)", "query_only(1)", "cache_size(-16384)", "temp_store(memory)"},
	}
)

// dsn makes the SQLite URI the driver opens. In a URI filename '%', '?'
// and '#' are special, so they are escaped; SQLite decodes them again.
func dsn(path string, params url.Values) string {
	escaped := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + escaped + "?" + params.Encode()
}

// Close releases the store's connections. Calls after Close fail.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	var errs []error
	if s.rdb != nil {
		errs = append(errs, s.rdb.Close())
	}
	errs = append(errs, s.db.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close sqlite store: %w", err)
	}
	return nil
}

var errClosed = fmt.Errorf("sqlite store is closed: %w", graph.ErrUnavailable)

// write runs fn in the one write transaction and commits if fn succeeds.
func (s *Store) write(ctx context.Context, fn func(w *writer) error) error {
	if s.closed.Load() {
		return errClosed
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return translate(err)
	}
	w := newWriter(tx, s.now())
	defer w.close()
	if err := fn(w); err != nil {
		tx.Rollback()
		if cause := ctx.Err(); cause != nil && !errors.Is(err, cause) {
			// database/sql rolls a transaction back as soon as its context
			// ends, so the statement that runs next fails with "statement
			// is closed": the cause is the context.
			return fmt.Errorf("%w: %w", cause, err)
		}
		return translate(err)
	}
	return translate(tx.Commit())
}

// read runs fn in a read transaction, so that every query of one method
// sees the same snapshot.
func (s *Store) read(ctx context.Context, fn func(r *txn) error) error {
	if s.closed.Load() {
		return errClosed
	}
	tx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return translate(err)
	}
	r := newTxn(tx)
	defer r.close()
	defer tx.Rollback()
	return translate(fn(r))
}

// txn is one transaction with its prepared statements and its view of the
// active merges.
type txn struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	res   *mergechain.Resolver
}

func newTxn(tx *sql.Tx) *txn {
	t := &txn{tx: tx, stmts: make(map[string]*sql.Stmt)}
	t.res = mergechain.New(t.activeMerges)
	return t
}

// stmt returns query prepared in this transaction: statements run once per
// row are compiled once per transaction.
func (t *txn) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := t.stmts[query]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("prepare %.60q: %w", query, err)
	}
	t.stmts[query] = st
	return st, nil
}

func (t *txn) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (t *txn) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (t *txn) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := t.stmt(ctx, query)
	if err != nil {
		// sql.Row carries no error of its own; run the query unprepared so
		// that Scan reports the failure.
		return t.tx.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

func (t *txn) close() {
	for _, st := range t.stmts {
		st.Close()
	}
}

// scanAll runs query and calls scan for each row.
func (t *txn) scanAll(ctx context.Context, scan func(*sql.Rows) error, query string, args ...any) error {
	rows, err := t.query(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// column returns the first column of every row as strings.
func (t *txn) column(ctx context.Context, query string, args ...any) ([]string, error) {
	var out []string
	err := t.scanAll(ctx, func(rows *sql.Rows) error {
		var s string
		if err := rows.Scan(&s); err != nil {
			return err
		}
		out = append(out, s)
		return nil
	}, query, args...)
	return out, err
}

func (t *txn) count(ctx context.Context, query string, args ...any) (int, error) {
	var n int
	err := t.queryRow(ctx, query, args...).Scan(&n)
	return n, err
}

// Existence checks for the batch reads, which answer only for ids that name
// a node.
const (
	entityExists   = `SELECT EXISTS (SELECT 1 FROM entities WHERE id = ?)`
	eventExists    = `SELECT EXISTS (SELECT 1 FROM events WHERE id = ?)`
	nodeExists     = `SELECT EXISTS (SELECT 1 FROM entities WHERE id = ?1) OR EXISTS (SELECT 1 FROM events WHERE id = ?1)`
	relationExists = `SELECT EXISTS (SELECT 1 FROM relations WHERE id = ?)`
)

func (t *txn) exists(ctx context.Context, query, id string) (bool, error) {
	var ok bool
	err := t.queryRow(ctx, query, id).Scan(&ok)
	return ok, err
}

// values returns the distinct values of m.
func values(m map[string]string) []string {
	seen := make(map[string]bool, len(m))
	out := make([]string, 0, len(m))
	for _, v := range m {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// abbreviate keeps error messages short when a batch asks for many ids.
func abbreviate(ids []string) string {
	if len(ids) <= 3 {
		return strings.Join(ids, ", ")
	}
	return strings.Join(ids[:3], ", ") + fmt.Sprintf(" and %d more", len(ids)-3)
}
