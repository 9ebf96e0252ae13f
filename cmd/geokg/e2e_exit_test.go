package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A bad file among good ones is named on stderr, the rest loads, and the
// exit status says something was skipped; --strict turns it into a failure.
func TestEndToEnd_SkippedExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "feed.jsonl")
	feed := `{"title": "Canada and Japan talk trade", "text": "Canada and Japan held trade talks in Ottawa on Monday.", "published": "2025-06-03"}` + "\n" +
		`{"title": "Broken", "text": ` + "\n" +
		`{"title": "Kenya hosts summit", "text": "Kenya hosted a regional summit in Nairobi on Tuesday.", "published": "2025-06-04"}` + "\n"
	if err := os.WriteFile(bad, []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		code       int
		stdoutHas  string
		stderrHas  string
		wantStored int // articles in the store afterwards; -1 to skip the check
	}{
		{"load skips", []string{"load", bad}, exitSkipped, "2 articles (2 added", bad + `:2: malformed JSON`, 2},
		{"load strict", []string{"load", "--strict", bad}, exitError, "1 article (1 added", "load stopped at the first error (strict): " + bad + ":2", 1},
		{"extract skips", []string{"extract", bad}, exitSkipped, `"title":"Kenya hosts summit"`, bad + `:2: malformed JSON`, -1},
		{"no input", []string{"load"}, exitUsage, "", "geokg load: no input", -1},
		{"unknown flag", []string{"load", "--frobnicate", bad}, exitUsage, "", "flag provided but not defined: -frobnicate", -1},
		{"unknown command", []string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`, -1},
		{"help", []string{"help", "load"}, exitOK, "", "Usage: geokg load", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "geokg.db")
			args := tt.args
			if args[0] == "load" {
				args = append(args, "--store", db)
			}
			r := runGeokg(t, args...)
			if r.code != tt.code {
				t.Errorf("exit status: got %d, want %d\nstderr: %s", r.code, tt.code, r.stderr)
			}
			if !strings.Contains(r.stdout, tt.stdoutHas) {
				t.Errorf("stdout %q lacks %q", r.stdout, tt.stdoutHas)
			}
			if !strings.Contains(r.stderr, tt.stderrHas) {
				t.Errorf("stderr %q lacks %q", r.stderr, tt.stderrHas)
			}
			if tt.wantStored >= 0 {
				if got := storeStats(t, db).Articles; got != tt.wantStored {
					t.Errorf("store holds %d articles, want %d", got, tt.wantStored)
				}
			}
		})
	}
}
