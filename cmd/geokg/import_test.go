package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestImport_Errors(t *testing.T) {
	arts := writeArticles(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "a.db")
	quiet(t, exitOK, "load", "--store", a, arts[0], arts[1])
	export := filepath.Join(dir, "a.jsonl")
	quiet(t, exitOK, "export", "--format", "jsonl", "--store", a, export)
	good, err := os.ReadFile(export)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, append(good, "{\"Article\":\n"...), 0o644); err != nil {
		t.Fatal(err)
	}

	// With one article per batch, the two before the bad line are written.
	b := filepath.Join(dir, "b.db")
	tm := quiet(t, exitError, "import", "--store", b, "--batch", "1", bad)
	if want := bad + ": import jsonl: line 3: invalid input"; !strings.Contains(tm.stderr.String(), want) {
		t.Errorf("stderr %q lacks %q", tm.stderr.String(), want)
	}
	if got := storeArticles(t, b); got != 2 {
		t.Errorf("after the failed import the store holds %d articles, want the 2 before the bad line", got)
	}

	// A missing file is found before the store is created.
	c := filepath.Join(dir, "c.db")
	tm = quiet(t, exitError, "import", "--store", c, export, filepath.Join(dir, "missing.jsonl"))
	if !strings.Contains(tm.stderr.String(), "missing.jsonl: no such file") {
		t.Errorf("stderr %q does not name the missing file", tm.stderr.String())
	}
	if _, err := os.Stat(c); !os.IsNotExist(err) {
		t.Errorf("the store was created for an import that could not start: %v", err)
	}

	// Standard input.
	tm = newTestMain(map[string]string{envLogLevel: "warn"})
	tm.Stdin = strings.NewReader(string(good))
	if code := tm.run(t, "import", "--store", c, "-"); code != exitOK {
		t.Fatalf("import -: exit %d: %s", code, tm.stderr.String())
	}
	if want := "imported 2 articles from standard input; store: 2 articles (+2)"; !strings.HasPrefix(tm.stdout.String(), want) {
		t.Errorf("import - said %q, want it to start with %q", tm.stdout.String(), want)
	}
}

// storeArticles returns how many articles the SQLite store at db holds.
func storeArticles(t *testing.T, db string) int {
	t.Helper()
	s := openTarget(t, t.Context(), target{uri: db})
	defer s.Close()
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return st.Articles
}

func TestCountLines(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"empty", "", 0},
		{"lines", "{}\n{}\n", 2},
		{"no_final_newline", "{}\n{}", 2},
		{"blank_lines", "\n{}\n  \t\r\n{}\n\n", 2},
	} {
		path := filepath.Join(dir, tc.name+".jsonl")
		if err := os.WriteFile(path, []byte(tc.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if got, err := countLines(path); err != nil || got != tc.want {
			t.Errorf("%s: got %d, %v, want %d", tc.name, got, err, tc.want)
		}
	}
	if n, known := countGraphs([]string{filepath.Join(dir, "lines.jsonl"), filepath.Join(dir, "blank_lines.jsonl")}); n != 4 || !known {
		t.Errorf("two files: got %d, %v, want 4, true", n, known)
	}
	if _, known := countGraphs([]string{filepath.Join(dir, "lines.jsonl"), "-"}); known {
		t.Errorf("standard input: got a known count, want none")
	}
}
