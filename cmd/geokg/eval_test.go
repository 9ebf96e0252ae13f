package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEval(t *testing.T) {
	gold, err := filepath.Glob("../../loader/eval/testdata/gold/*.json")
	if err != nil || len(gold) == 0 {
		t.Fatalf("no gold files of the project's own: %v", err)
	}
	floors := filepath.Join(t.TempDir(), "floors.txt")
	if err := os.WriteFile(floors, []byte("# comment\nentities 0.5\nevent:date.p 0.1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string // in stdout
		wantErr  string // in stderr
	}{
		{"table", nil, exitOK, "relations:coarse", ""},
		{"floors met", []string{"--floors", floors, "--min", "relations:coarse=0.2"}, exitOK, "entities:Person", ""},
		{"floor out of range", []string{"--min", "entities.p=1.01"}, exitUsage, "", "want a number from 0 to 1"},
		{"floor too high", []string{"--min", "events=0.9999"}, exitError, "events", "events 0."},
		{"unknown metric", []string{"--min", "entities:Dragon=0.1"}, exitError, "", "no such metric"},
		{"json", []string{"--json"}, exitOK, `"relations:coarse": {`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tm := newTestMain(nil)
			code := tm.run(t, append(append([]string{"eval"}, tt.args...), gold...)...)
			if code != tt.wantCode {
				t.Fatalf("got exit %d, want %d; stderr: %s", code, tt.wantCode, tm.stderr.String())
			}
			if !strings.Contains(tm.stdout.String(), tt.wantOut) {
				t.Errorf("stdout %q does not contain %q", tm.stdout.String(), tt.wantOut)
			}
			if !strings.Contains(tm.stderr.String(), tt.wantErr) {
				t.Errorf("stderr %q does not contain %q", tm.stderr.String(), tt.wantErr)
			}
		})
	}
}
