package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/neo4j"
	"github.com/geokg/geokg/graph/sqlite"
)

// defaultStore is where the embedded store lives when nothing says otherwise.
const defaultStore = "geokg.db"

// Neo4j settings that a store URI does not carry.
const (
	envNeo4jUser     = "NEO4J_USER"
	envNeo4jPassword = "NEO4J_PASSWORD"
	envNeo4jDatabase = "NEO4J_DATABASE"
)

// storeKind is a backend a store URI selects.
type storeKind string

const (
	kindSQLite storeKind = "sqlite"
	kindNeo4j  storeKind = "neo4j"
)

// parseStore reads a store URI: "" for ./geokg.db; "sqlite:PATH",
// "file:PATH" or a plain path for SQLite; a neo4j://, neo4j+s://, bolt://…
// URI for Neo4j. target is the SQLite path or the whole Neo4j URI.
func parseStore(uri string) (kind storeKind, target string, err error) {
	uri = strings.TrimSpace(uri)
	if uri == "" {
		return kindSQLite, defaultStore, nil
	}
	for _, prefix := range []string{"sqlite:", "file:"} {
		if rest, ok := strings.CutPrefix(uri, prefix); ok {
			// sqlite:///var/lib/geokg.db is the URL form of /var/lib/geokg.db.
			if strings.HasPrefix(rest, "///") {
				rest = rest[2:]
			}
			if rest == "" {
				return "", "", fmt.Errorf("store %q names no file", uri)
			}
			return kindSQLite, rest, nil
		}
	}
	if scheme, _, ok := strings.Cut(uri, "://"); ok && isScheme(scheme) {
		if neo4j.IsURI(uri) {
			return kindNeo4j, uri, nil
		}
		return "", "", fmt.Errorf("store %q: unknown scheme %q (want a file path, sqlite:PATH, neo4j:// or bolt://)", redact(uri), scheme)
	}
	return kindSQLite, uri, nil
}

// isScheme reports whether s has the form of a URI scheme, so that a path
// such as "./data://x" is not taken for one.
func isScheme(s string) bool {
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// neo4jConfig turns a Neo4j store URI into the driver's configuration.
// Everything about one store fits in its URI, so that "geokg copy" can name
// two servers with different accounts: user:password@ before the host, and
// ?database=NAME. What the URI leaves out comes from NEO4J_USER,
// NEO4J_PASSWORD and NEO4J_DATABASE, then graph/neo4j's defaults. The URI
// handed on keeps its other query parameters, which neo4j:// sends to the
// cluster as routing context.
func (m *Main) neo4jConfig(uri string) (neo4j.Config, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return neo4j.Config{}, fmt.Errorf("store %s: malformed URI: %w", redact(uri), graph.ErrInvalid)
	}
	if u.Host == "" {
		return neo4j.Config{}, fmt.Errorf("store %s: no host, want e.g. %s://localhost:7687: %w", redact(uri), u.Scheme, graph.ErrInvalid)
	}
	if u.Path != "" && u.Path != "/" {
		return neo4j.Config{}, fmt.Errorf("store %s: a Neo4j URI has no path; name the database with ?database=NAME or $%s: %w",
			redact(uri), envNeo4jDatabase, graph.ErrInvalid)
	}
	cfg := neo4j.Config{
		User:     m.Getenv(envNeo4jUser),
		Password: m.Getenv(envNeo4jPassword),
		Database: m.Getenv(envNeo4jDatabase),
	}
	if u.User != nil {
		cfg.User = u.User.Username()
		if p, ok := u.User.Password(); ok {
			cfg.Password = p
		}
	}
	q := u.Query()
	if db := q.Get("database"); db != "" {
		cfg.Database = db
	}
	q.Del("database")
	u.User, u.Path, u.RawQuery = nil, "", q.Encode()
	cfg.URI = u.String()
	return cfg, nil
}

// storeName says which store a message is about: the SQLite path, or the
// Neo4j server and database (never a password).
func storeName(kind storeKind, target string, cfg neo4j.Config) string {
	if kind == kindSQLite {
		return target
	}
	db := cfg.Database
	if db == "" {
		db = neo4j.DefaultDatabase
	}
	return fmt.Sprintf("%s (database %s)", cfg.URI, db)
}

// openOptions say what a command needs of the store it opens.
type openOptions struct {
	// source: the command only reads the store. A SQLite file must exist
	// already (a mistyped path is an error, not a new empty store that
	// exports nothing), and Neo4j's schema is left as it is.
	source bool
}

// openStore opens the store the --store flag (or $GEOKG_STORE) names, logging
// to the command's logger, and brings its schema up to date.
func (f *flagSet) openStore(ctx context.Context) (graph.Store, error) {
	return f.openStoreAt(ctx, f.store, openOptions{})
}

// logger is the command's logger, or one that discards when the flags were
// not parsed (tests that build a flag set by hand).
func (f *flagSet) logger() *slog.Logger {
	if f.log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return f.log
}

// openStoreAt opens the store uri names, for the command f parsed.
func (f *flagSet) openStoreAt(ctx context.Context, uri string, o openOptions) (graph.Store, error) {
	kind, target, err := parseStore(uri)
	if err != nil {
		return nil, f.usageErr("%v", err)
	}
	if kind == kindNeo4j {
		s, err := f.openNeo4j(ctx, target, o.source)
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	if o.source {
		if _, err := os.Stat(target); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("store %s: no such file (a store to read from must exist): %w", target, graph.ErrNotFound)
		}
	}
	s, err := sqlite.Open(ctx, target, sqlite.WithLogger(f.logger()))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", target, err)
	}
	return s, nil
}

// neo4jConnectTimeout bounds connecting to Neo4j and logging in. A server
// that accepts the connection and never answers (another service on the
// port, a proxy, a stalled server) would otherwise hold the command for the
// store's whole call timeout, which is sized for long migrations and
// batches, not for a handshake.
const neo4jConnectTimeout = 20 * time.Second

// openNeo4j connects to the Neo4j store at uri, checks that it answers and
// takes the credentials, and, unless noMigrate, brings its schema up to date.
// The errors say what to check: the server's address, or the credentials.
func (f *flagSet) openNeo4j(ctx context.Context, uri string, noMigrate bool) (*neo4j.Store, error) {
	cfg, err := f.m.neo4jConfig(uri)
	if err != nil {
		return nil, f.usageErr("%v", err)
	}
	// The migration runs after the connection, outside its deadline: waiting
	// for new indexes on a large database may take minutes.
	cfg.Logger, cfg.NoMigrate = f.logger(), true
	timeout := f.m.neo4jConnectTimeout
	if timeout <= 0 {
		timeout = neo4jConnectTimeout
	}
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	s, err := neo4j.Open(cctx, cfg)
	switch {
	case err == nil:
	case ctx.Err() != nil:
		return nil, err // interrupted: the exit status says so
	case errors.Is(err, graph.ErrUnauthorized):
		return nil, fmt.Errorf("%w; check $%s and $%s (or user:password@ in the store URI)", err, envNeo4jUser, envNeo4jPassword)
	case cctx.Err() != nil:
		return nil, fmt.Errorf("%w; no answer within %s: check that Neo4j, and not another service, listens at that address", err, timeout)
	case errors.Is(err, graph.ErrUnavailable):
		return nil, fmt.Errorf("%w; check that Neo4j runs at that address and that the database exists", err)
	default:
		return nil, err
	}
	if !noMigrate {
		if err := s.Migrate(ctx); err != nil {
			s.Close()
			return nil, fmt.Errorf("open neo4j store %s: %w", storeName(kindNeo4j, uri, cfg), err)
		}
	}
	return s, nil
}

// sameStore reports whether two store URIs name one store, so that copy
// refuses to read and write the same one: the same SQLite file (however
// spelled), or the same Neo4j server and database.
func (m *Main) sameStore(a, b string) bool {
	ka, ta, errA := parseStore(a)
	kb, tb, errB := parseStore(b)
	if errA != nil || errB != nil || ka != kb {
		return false
	}
	if ka == kindSQLite {
		if fa, err := os.Stat(ta); err == nil {
			if fb, err := os.Stat(tb); err == nil {
				return os.SameFile(fa, fb)
			}
		}
		aa, errA := filepath.Abs(ta)
		ab, errB := filepath.Abs(tb)
		return errA == nil && errB == nil && aa == ab
	}
	ca, errA := m.neo4jConfig(ta)
	cb, errB := m.neo4jConfig(tb)
	return errA == nil && errB == nil && strings.EqualFold(storeName(ka, ta, ca), storeName(kb, tb, cb))
}

// describeStore names the store uri for messages: its SQLite path, or its
// Neo4j server and database.
func (m *Main) describeStore(uri string) string {
	kind, target, err := parseStore(uri)
	if err != nil {
		return redact(uri)
	}
	var cfg neo4j.Config
	if kind == kindNeo4j {
		if cfg, err = m.neo4jConfig(target); err != nil {
			return redact(uri)
		}
	}
	return storeName(kind, target, cfg)
}

// redact hides a password written into a URI before it reaches a log line
// or an error message, even in a URI that does not parse.
func redact(uri string) string {
	u, err := url.Parse(uri)
	if err == nil {
		return u.Redacted()
	}
	scheme, rest, ok := strings.Cut(uri, "://")
	if at := strings.LastIndex(rest, "@"); ok && at >= 0 {
		return scheme + "://xxxxx@" + rest[at+1:]
	}
	return uri
}
