package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// These tests run the geokg binary as a user would: built with go build,
// on the demo articles in examples/, against a SQLite file in a temp dir,
// talking to `geokg serve` over HTTP.

var (
	examplesDir = filepath.Join("..", "..", "examples")
	demoDir     = filepath.Join(examplesDir, "articles")
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
	binDir    string
)

// geokgBinary builds the binary once for all tests of the package.
func geokgBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the geokg binary")
	}
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "geokg-e2e-")
		if buildErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "geokg")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New("go build: " + err.Error() + "\n" + string(out))
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// result is what one run of the binary did.
type result struct {
	stdout, stderr string
	code           int
}

// runGeokg runs the binary with args and an environment free of the
// caller's GEOKG_* settings, and waits for it.
func runGeokg(t *testing.T, args ...string) result {
	t.Helper()
	return runGeokgEnv(t, nil, args...)
}

// runGeokgEnv is runGeokg with the variables env ("KEY=value") added.
func runGeokgEnv(t *testing.T, env []string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, geokgBinary(t), args...)
	cmd.Env = append(cleanEnv(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("geokg %s: %v", strings.Join(args, " "), err)
	}
	return r
}

func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GEOKG_") && !strings.HasPrefix(kv, "NEO4J_") {
			env = append(env, kv)
		}
	}
	return env
}

// storeStats returns `geokg stats --json` for the store at db.
func storeStats(t *testing.T, db string) statsJSON {
	t.Helper()
	return storeStatsEnv(t, nil, db)
}

// storeStatsEnv is storeStats with the variables env added.
func storeStatsEnv(t *testing.T, env []string, db string) statsJSON {
	t.Helper()
	r := runGeokgEnv(t, env, "stats", "--store", db, "--json")
	if r.code != 0 {
		t.Fatalf("stats: exit %d: %s", r.code, r.stderr)
	}
	var st statsJSON
	if err := json.Unmarshal([]byte(r.stdout), &st); err != nil {
		t.Fatalf("stats --json: %v\n%s", err, r.stdout)
	}
	return st
}
