package neo4j

import (
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
)

// Config says how to reach Neo4j and how to write to it.
type Config struct {
	// URI of the server: neo4j://, neo4j+s://, neo4j+ssc:// (routing) or
	// bolt://, bolt+s://, bolt+ssc:// (one server).
	URI      string
	User     string // default "neo4j" when a password is set
	Password string // empty with an empty User: no authentication
	Database string // default "neo4j"

	// BatchSize is how many rows one UNWIND statement writes (default
	// 1,000): large enough that a batch of articles costs a few round trips,
	// small enough that no single statement holds much memory on the server.
	BatchSize int
	// Timeout bounds each store call whose context has no deadline, and each
	// transaction on the server (default 2 minutes).
	Timeout time.Duration
	// NoMigrate skips the schema migration Open otherwise runs, for users
	// without the right to change the schema; Migrate runs it later.
	NoMigrate bool

	Logger *slog.Logger     // default slog.Default()
	Now    func() time.Time // stamps LoadedAt and merge times; default time.Now
}

// Defaults.
const (
	DefaultUser      = "neo4j"
	DefaultDatabase  = "neo4j"
	DefaultBatchSize = 1000
	DefaultTimeout   = 2 * time.Minute
)

var schemes = []string{"neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"}

// IsURI reports whether s names a Neo4j server (by its scheme) rather than
// an embedded store's file, so that a command can pick the backend from
// one --store value.
func IsURI(s string) bool {
	scheme, _, ok := strings.Cut(s, "://")
	if !ok {
		return false
	}
	scheme = strings.ToLower(scheme)
	for _, sc := range schemes {
		if scheme == sc {
			return true
		}
	}
	return false
}

// ConfigFromEnv reads the configuration documented in docs/neo4j.md:
// GEOKG_STORE when it is a Neo4j URI, else NEO4J_URI; NEO4J_USER,
// NEO4J_PASSWORD and NEO4J_DATABASE.
func ConfigFromEnv() Config { return configFrom(os.Getenv) }

func configFrom(getenv func(string) string) Config {
	c := Config{
		URI:      getenv("NEO4J_URI"),
		User:     getenv("NEO4J_USER"),
		Password: getenv("NEO4J_PASSWORD"),
		Database: getenv("NEO4J_DATABASE"),
	}
	if s := getenv("GEOKG_STORE"); IsURI(s) {
		c.URI = s
	}
	return c
}

func (c Config) withDefaults() Config {
	if c.User == "" && c.Password != "" {
		c.User = DefaultUser
	}
	if c.Database == "" {
		c.Database = DefaultDatabase
	}
	if c.BatchSize <= 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

func (c Config) validate() error {
	if c.URI == "" {
		return fmt.Errorf("no Neo4j URI: set NEO4J_URI or GEOKG_STORE to e.g. neo4j://localhost:7687: %w", graph.ErrInvalid)
	}
	if !IsURI(c.URI) {
		return fmt.Errorf("%q is not a Neo4j URI (want one of %s://host:7687): %w",
			redact(c.URI), strings.Join(schemes, ", "), graph.ErrInvalid)
	}
	if _, err := url.Parse(c.URI); err != nil {
		return fmt.Errorf("Neo4j URI %q: %v: %w", redact(c.URI), err, graph.ErrInvalid)
	}
	return nil
}

// redact hides a password written into a URI, for error messages and logs.
func redact(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.User == nil {
		return uri
	}
	return u.Redacted()
}
