package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestEndToEnd_ExportNeo4jAdmin checks every file export --format
// neo4j-admin writes, header and rows, against what the store holds, and
// the import command it prints.
func TestEndToEnd_ExportNeo4jAdmin(t *testing.T) {
	src := loadFixture(t)
	dir := filepath.Join(t.TempDir(), "export dir") // a space, for the printed cd
	r := runGeokg(t, "export", "--format", "neo4j-admin", "--store", src.uri, "--database", "news", dir)
	if r.code != 0 {
		t.Fatalf("export: exit %d\n%s", r.code, r.stderr)
	}

	// What the files must hold, from the store's own reads.
	s := openTarget(t, t.Context(), src)
	defer s.Close()
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	all, err := graph.AllMerges(t.Context(), s, graph.MergeFilter{IncludeUndone: true})
	if err != nil {
		t.Fatal(err)
	}
	var mentions, reports int // one MENTIONS per article and entity it names; one REPORTS per article and event
	for _, g := range exportGraphs(t, src, filepath.Join(t.TempDir(), "a.jsonl")) {
		mentions += len(g.Entities)
		reports += len(g.Events)
	}
	involves := 0 // an event's place, perpetrator and participants
	for _, e := range graphtest.TakeDump(t, s).Events {
		involves += len(e.ParticipantIDs)
		if e.LocationID != "" {
			involves++
		}
		if e.PerpetratorID != "" {
			involves++
		}
	}
	node := []string{"id:ID", ":LABEL"}
	rel := []string{":START_ID", ":END_ID", ":TYPE"}
	files := []struct {
		name  string
		ids   []string
		props []string // some of the columns that must follow
		rows  int
	}{
		{"articles.csv", node, []string{"title", "url", "published", "text", "fingerprint", "loadedAt:datetime"}, st.Articles},
		{"entities.csv", node, []string{"type", "name", "aliases:string[]"}, st.Entities},
		{"events.csv", node, []string{"type", "name", "dateStart", "locationId", "participantIds:string[]", "killedValue:long"}, st.Events},
		{"relations.csv", node, []string{"type", "sourceId", "targetId", "modality", "confidence:double"}, st.Relations},
		{"claims.csv", node, []string{"articleId", "relationId", "sentence", "sentenceStart:long", "sentenceEnd:long"}, st.Claims},
		{"merges.csv", node, []string{"fromId", "intoId", "names:string[]", "rule", "active:boolean"}, len(all)},
		{"mentions.csv", rel, []string{"statedId", "texts:string[]", "sentences:string[]"}, mentions},
		{"reports.csv", rel, []string{"statedId", "sentences:string[]"}, reports},
		{"stated_in.csv", rel, nil, st.Claims},
		{"involves.csv", rel, []string{"role"}, involves},
		{"typed_relations.csv", rel, []string{"id", "modality"}, st.Relations},
	}
	if len(all) != 2 || st.Merges != 1 {
		t.Fatalf("fixture: got %d merges, %d active; want an active and an undone one", len(all), st.Merges)
	}
	lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
	command := lines[len(lines)-1]
	if want := "cd '" + dir + "' && neo4j-admin database import full news "; !strings.HasPrefix(command, want) {
		t.Errorf("last line %q, want it to start with %q", command, want)
	}
	for _, f := range files {
		recs := readCSV(t, filepath.Join(dir, f.name))
		header := recs[0]
		if len(header) < len(f.ids) || !reflect.DeepEqual(header[:len(f.ids)], f.ids) {
			t.Errorf("%s: header %v, want it to start with %v", f.name, header, f.ids)
		}
		for _, p := range f.props {
			if !slices.Contains(header, p) {
				t.Errorf("%s: header %v lacks %s", f.name, header, p)
			}
		}
		if got := len(recs) - 1; got != f.rows {
			t.Errorf("%s: got %d rows, want %d", f.name, got, f.rows)
		}
		for _, rec := range recs[1:] {
			if len(rec) != len(header) {
				t.Errorf("%s: row %v has %d fields, want %d", f.name, rec[:2], len(rec), len(header))
				break
			}
		}
		summary := regexp.MustCompile(fmt.Sprintf(`(?m)^  %s +%d (nodes|relationships)$`, regexp.QuoteMeta(f.name), f.rows))
		if !summary.MatchString(r.stdout) {
			t.Errorf("the summary does not give %s %d rows:\n%s", f.name, f.rows, r.stdout)
		}
		flag := "--nodes="
		if f.ids[0] == ":START_ID" {
			flag = "--relationships="
		}
		if !strings.Contains(command, " "+flag+f.name) {
			t.Errorf("the import command lacks %s%s: %s", flag, f.name, command)
		}
	}
	// Each mention is one element of the lists of a MENTIONS row.
	recs := readCSV(t, filepath.Join(dir, "mentions.csv"))
	col := slices.Index(recs[0], "texts:string[]")
	texts := 0
	for _, rec := range recs[1:] {
		if rec[col] != "" {
			texts += len(strings.Split(rec[col], "\x1f"))
		}
	}
	if texts != st.Mentions {
		t.Errorf("mentions.csv lists %d mentions, want %d", texts, st.Mentions)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	recs, err := csv.NewReader(fh).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(recs) == 0 {
		t.Fatalf("%s: empty, want a header at least", path)
	}
	return recs
}

func TestExport_Destinations(t *testing.T) {
	arts := writeArticles(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "a.db")
	quiet(t, exitOK, "load", "--store", a, arts[0], arts[1])

	tm := quiet(t, exitOK, "export", "--format", "jsonl", "--store", a, "-")
	if n := strings.Count(tm.stdout.String(), "\n"); n != 2 {
		t.Errorf("export to -: got %d lines, want 2:\n%s", n, tm.stdout.String())
	}

	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	tm = quiet(t, exitOK, "export", "--format", "jsonl", "--store", a, out)
	file := filepath.Join(out, jsonlName)
	if want := "wrote 2 articles and 2 merges to " + file + "\n"; tm.stdout.String() != want {
		t.Errorf("got %q, want %q", tm.stdout.String(), want)
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != jsonlName {
		t.Errorf("the folder holds %v, want %s alone (no temporary file left)", entries, jsonlName)
	}

	missing := filepath.Join(dir, "missing.db")
	tm = quiet(t, exitError, "export", "--format", "jsonl", "--store", missing, filepath.Join(dir, "x.jsonl"))
	if want := missing + ": no such file"; !strings.Contains(tm.stderr.String(), want) {
		t.Errorf("stderr %q lacks %q", tm.stderr.String(), want)
	}
	for _, p := range []string{missing, filepath.Join(dir, "x.jsonl")} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("exporting a missing store created %s", p)
		}
	}
}
