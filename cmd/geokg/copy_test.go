package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestDiffStats(t *testing.T) {
	base := graph.Stats{Articles: 7, Entities: 3, Merges: 1,
		EntityTypes: map[graph.EntityType]int{graph.Person: 2, graph.Country: 1}}
	tests := []struct {
		name string
		edit func(*graph.Stats)
		want []string
	}{
		{"same", func(*graph.Stats) {}, nil},
		{"empty breakdown and none are the same", func(s *graph.Stats) { s.EventTypes = map[graph.EventType]int{} }, nil},
		{"totals and types", func(s *graph.Stats) {
			s.Articles, s.Entities = 8, 4
			s.EntityTypes = map[graph.EntityType]int{graph.Person: 2, graph.Country: 1, graph.Location: 1}
		}, []string{"articles 7 vs 8", "entities 3 vs 4", "entities of type Location 0 vs 1"}},
		{"a type moved, totals equal", func(s *graph.Stats) {
			s.EntityTypes = map[graph.EntityType]int{graph.Person: 1, graph.Country: 2}
		}, []string{"entities of type Country 1 vs 2", "entities of type Person 2 vs 1"}},
		{"merges", func(s *graph.Stats) { s.Merges = 0 }, []string{"merges 1 vs 0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			other := base
			other.EntityTypes = map[graph.EntityType]int{graph.Person: 2, graph.Country: 1}
			tt.edit(&other)
			if got := diffStats(base, other); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWriteStatsPair(t *testing.T) {
	var b bytes.Buffer
	a := graph.Stats{Articles: 9, Entities: 1234, Merges: 2}
	c := graph.Stats{Articles: 10, Entities: 1234}
	if err := writeStatsPair(&b, a, c); err != nil {
		t.Fatal(err)
	}
	want := "           from    to\n" +
		"articles      9    10\n" +
		"entities   1234  1234\n" +
		"events        0     0\n" +
		"relations     0     0\n" +
		"claims        0     0\n" +
		"mentions      0     0\n" +
		"merges        2     0\n"
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestCopy_FailsWhenStoresDiffer(t *testing.T) {
	arts := writeArticles(t)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	quiet(t, exitOK, "load", "--store", a, arts[0])
	quiet(t, exitOK, "load", "--store", b, arts[1])
	tm := quiet(t, exitError, "copy", "--from", a, "--to", b)
	if want := "the stores differ after the copy (articles 1 vs 2"; !strings.Contains(tm.stderr.String(), want) {
		t.Errorf("stderr %q lacks %q", tm.stderr.String(), want)
	}
	if !regexp.MustCompile(`\narticles +1 +2\n`).MatchString(tm.stdout.String()) {
		t.Errorf("stdout does not show both stores' counts:\n%s", tm.stdout.String())
	}
}

// On a terminal, copy and import draw the progress bar, against the total
// they know, and clear it before the summary.
func TestCopyAndImport_ProgressOnTerminal(t *testing.T) {
	arts := writeArticles(t)
	dir := t.TempDir()
	a, b, c := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db"), filepath.Join(dir, "c.db")
	quiet(t, exitOK, "load", "--store", a, arts[0], arts[1])
	export := filepath.Join(dir, "a.jsonl")
	quiet(t, exitOK, "export", "--format", "jsonl", "--store", a, export)
	for _, args := range [][]string{
		{"copy", "--from", a, "--to", b, "--batch", "1"},
		{"import", "--store", c, "--batch", "1", export},
	} {
		tm := newTestMain(map[string]string{envLogLevel: "warn"})
		tm.StderrIsTerminal = true
		if code := tm.run(t, args...); code != exitOK {
			t.Fatalf("geokg %s: exit %d: %s", args[0], code, tm.stderr.String())
		}
		stderr := tm.stderr.String()
		if !strings.Contains(stderr, clearLine+"[============>           ] 1/2  50%") {
			t.Errorf("geokg %s: stderr %q lacks the bar at 1 of 2 articles", args[0], stderr)
		}
		if !strings.HasSuffix(stderr, clearLine) {
			t.Errorf("geokg %s: stderr %q does not end by clearing the bar", args[0], stderr)
		}
	}
}
