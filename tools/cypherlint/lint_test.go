package cypherlint

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// lint runs lint.mjs on files (relative to the repository root) and returns
// its output and exit code. It skips the test, saying how to enable it,
// when node or the analyser is missing, unless GEOKG_REQUIRE_CYPHERLINT=1.
func lint(t *testing.T, files ...string) (string, int) {
	t.Helper()
	missing := func(what string) {
		msg := what + ": run tools/cypherlint/run.sh once (it runs npm ci) to lint Cypher"
		if os.Getenv("GEOKG_REQUIRE_CYPHERLINT") == "1" {
			t.Fatal("GEOKG_REQUIRE_CYPHERLINT=1 but " + msg)
		}
		t.Skip("SKIPPED: " + msg)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("no node on PATH")
	}
	if _, err := os.Stat("node_modules/@neo4j-cypher/language-support"); err != nil {
		missing("tools/cypherlint/node_modules is not installed")
	}
	args := append([]string{"tools/cypherlint/lint.mjs", "--schema", "graph/neo4j/cypher/lint-schema.json"}, files...)
	cmd := exec.CommandContext(t.Context(), node, args...)
	cmd.Dir = "../.."
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return string(out), 0
	case errors.As(err, &exit):
		return string(out), exit.ExitCode()
	}
	t.Fatalf("node: %v\n%s", err, out)
	return "", 0
}

// TestBrokenStatementFails proves the lint reports each kind of mistake
// with file, line and column, and fails.
func TestBrokenStatementFails(t *testing.T) {
	out, code := lint(t, "tools/cypherlint/testdata/broken.cypher")
	if code != 1 {
		t.Errorf("exit code: got %d, want 1\n%s", code, out)
	}
	for _, want := range []string{
		"broken.cypher:7:8: error: Variable `row` not defined",
		"broken.cypher:7:19: error: Function toUpperCaseX is not present",
		"broken.cypher:7:44: warning: fingerprnt is not present",
		"broken.cypher:8:8: error: Invalid input",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestRepositoryCypherIsClean lints every statement geokg runs and every
// query it ships for analysts.
func TestRepositoryCypherIsClean(t *testing.T) {
	var files []string
	for _, dir := range []string{"graph/neo4j/cypher", "deploy/neo4j"} {
		err := filepath.WalkDir(filepath.Join("../..", dir), func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".cypher") {
				files = append(files, strings.TrimPrefix(path, "../../"))
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(files) < 40 {
		t.Fatalf("found only %d Cypher files", len(files))
	}
	if out, code := lint(t, files...); code != 0 {
		t.Errorf("lint failed (exit %d):\n%s", code, out)
	}
}
