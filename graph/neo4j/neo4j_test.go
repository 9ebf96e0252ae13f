package neo4j

import (
	"context"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Statements only tests run: they isolate each test's store.
var (
	wipeStmt           = define("wipe", noParams)
	serverEditionStmt  = define("server_edition", noParams)
	databaseCreateStmt = define("database_create", func(name string) map[string]any { return map[string]any{"name": name} })
	databaseDropStmt   = define("database_drop", func(name string) map[string]any { return map[string]any{"name": name} })
)

const howToRun = "set NEO4J_URI to run the Neo4j store tests, e.g. " +
	"NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... go test ./graph/neo4j/ " +
	"(docker compose up neo4j starts a server; see docs/neo4j.md)"

// testConfig returns the server the tests run against, or skips the test
// with a message saying how to run it, or fails it when
// GEOKG_REQUIRE_NEO4J=1 says a server must be there.
func testConfig(t testing.TB) Config {
	t.Helper()
	cfg := configFrom(os.Getenv)
	if os.Getenv("NEO4J_URI") == "" {
		if os.Getenv("GEOKG_REQUIRE_NEO4J") == "1" {
			t.Fatal("GEOKG_REQUIRE_NEO4J=1 but NEO4J_URI is not set: " + howToRun)
		}
		t.Skip("SKIPPED: no Neo4j server: " + howToRun)
	}
	cfg.URI = os.Getenv("NEO4J_URI")
	return cfg
}

// isolation gives each store a test opens an empty database. Enterprise
// Edition creates a database per store and drops it afterwards. Community
// Edition has one database, which is wiped for each store; a test that
// needs two stores at once cannot run there and is skipped, saying so.
type isolation struct {
	cfg        Config
	enterprise bool
	admin      *driverBackend // on the system database, Enterprise only
	n          atomic.Int64
	mu         sync.Mutex
	open       bool // Community: a store on the one database is open
}

var (
	isoOnce sync.Once
	iso     *isolation
	isoErr  error
)

func testIsolation(t testing.TB) *isolation {
	t.Helper()
	cfg := testConfig(t)
	isoOnce.Do(func() {
		iso, isoErr = newIsolation(cfg)
	})
	if isoErr != nil {
		t.Fatalf("Neo4j at %s: %v", redact(cfg.URI), isoErr)
	}
	return iso
}

func newIsolation(cfg Config) (*isolation, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := Open(ctx, Config{URI: cfg.URI, User: cfg.User, Password: cfg.Password, Database: cfg.Database, NoMigrate: true})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	recs, err := run(ctx, readRunner{s.b}, serverEditionStmt, struct{}{})
	if err != nil {
		return nil, err
	}
	iso := &isolation{cfg: cfg}
	if len(recs) > 0 && recs[0]["edition"] == "enterprise" {
		d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.withDefaults().User, cfg.Password, ""))
		if err != nil {
			return nil, err
		}
		iso.enterprise, iso.admin = true, newDriverBackend(d, "system", time.Minute)
	}
	return iso, nil
}

// store opens an empty, migrated store for t, closed when t ends.
func (iso *isolation) store(t testing.TB) *Store {
	t.Helper()
	ctx := t.Context()
	cfg := iso.cfg
	if iso.enterprise {
		name := fmt.Sprintf("geokgtest-%d-%d", os.Getpid(), iso.n.Add(1))
		if err := iso.admin.schema(ctx, databaseCreateStmt.name, databaseCreateStmt.cypher, databaseCreateStmt.params(name)); err != nil {
			t.Fatalf("create database %s: %v", name, err)
		}
		t.Cleanup(func() {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			if err := iso.admin.schema(ctx, databaseDropStmt.name, databaseDropStmt.cypher, databaseDropStmt.params(name)); err != nil {
				t.Errorf("drop database %s: %v", name, err)
			}
		})
		cfg.Database = name
	} else {
		iso.mu.Lock()
		busy := iso.open
		iso.open = true
		iso.mu.Unlock()
		if busy {
			t.Skip("SKIPPED on Community Edition: this test needs two empty stores at once, and Community has one database; " +
				"run the suite against Enterprise Edition (CREATE DATABASE) to cover it")
		}
		t.Cleanup(func() {
			iso.mu.Lock()
			iso.open = false
			iso.mu.Unlock()
		})
	}
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if !iso.enterprise {
		wipe(t, s)
	}
	return s
}

// wipe deletes everything s holds, keeping the schema.
func wipe(t testing.TB, s *Store) {
	t.Helper()
	err := s.b.write(t.Context(), func(ctx context.Context, tx runner) error {
		_, err := run(ctx, tx, wipeStmt, struct{}{})
		return err
	})
	if err != nil {
		t.Fatalf("wipe: %v", err)
	}
}

// TestStore runs the contract suite every graph.Store passes.
func TestStore(t *testing.T) {
	iso := testIsolation(t)
	graphtest.Run(t, func(t *testing.T) graph.Store { return iso.store(t) })
}

func TestMigrateIsIdempotent(t *testing.T) {
	iso := testIsolation(t)
	s := iso.store(t)
	for i := range 2 {
		if err := s.Migrate(t.Context()); err != nil {
			t.Fatalf("Migrate %d: %v", i+1, err)
		}
	}
	recs, err := run(t.Context(), readRunner{s.b}, migrationAppliedStmt, struct{}{})
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := migrations()
	if len(recs) != len(ms) {
		t.Errorf("recorded migrations: got %d, want %d", len(recs), len(ms))
	}
}

func TestOpenErrors(t *testing.T) {
	cfg := testConfig(t)
	ctx := t.Context()
	bad := cfg
	bad.User, bad.Password = "geokg-no-such-user", "wrong password"
	if _, err := Open(ctx, bad); !errorIs(err, graph.ErrUnauthorized) {
		t.Errorf("wrong credentials: got %v, want ErrUnauthorized", err)
	}
}
