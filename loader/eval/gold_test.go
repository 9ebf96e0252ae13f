package eval_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// goldDoc is a gold file as the annotation guide writes it.
type goldDoc struct {
	ID        string           `json:"id"`
	SourceURL *string          `json:"source_url"`
	Published string           `json:"published"`
	Title     string           `json:"title"`
	Text      string           `json:"text"`
	Entities  []map[string]any `json:"entities"`
	Relations []map[string]any `json:"relations"`
}

var (
	actorTypes = map[string]bool{"Person": true, "Country": true, "Organization": true}
	placeTypes = map[string]bool{"Location": true, "Country": true}
	anyTarget  = map[string]bool{"Person": true, "Country": true, "Organization": true, "Event": true}
	// relationEnds is the vocabulary's source and target types per relation.
	relationEnds = map[string][2]map[string]bool{
		"MET_WITH":        {actorTypes, actorTypes},
		"PARTICIPATED_IN": {actorTypes, {"Event": true}},
		"CONDEMNED":       {actorTypes, anyTarget},
		"CRITICIZED":      {actorTypes, anyTarget},
		"DEMANDED":        {actorTypes, anyTarget},
		"OFFERED":         {actorTypes, anyTarget},
		"CONDITIONED_ON":  {{"Event": true}, {"Event": true}},
		"AGREED":          {actorTypes, {"Event": true}},
		"REJECTED":        {actorTypes, anyTarget},
		"THREATENED":      {actorTypes, actorTypes},
		"SANCTIONED":      {actorTypes, actorTypes},
		"AIDED":           {actorTypes, actorTypes},
		"ATTACKED":        {actorTypes, {"Person": true, "Country": true, "Organization": true, "Location": true, "Event": true}},
		"PERPETRATED":     {actorTypes, {"Event": true}},
		"OCCURRED_IN":     {{"Event": true}, placeTypes},
		"LOCATED_IN":      {{"Location": true}, placeTypes},
		"LEADS":           {{"Person": true}, {"Country": true, "Organization": true}},
		"AFFILIATED_WITH": {{"Person": true}, actorTypes},
	}
	eventTypes = map[string]bool{"Meeting": true, "Attack": true, "Ceasefire": true, "Agreement": true, "Sanction": true,
		"Proposal": true, "Election": true, "Protest": true, "Statement": true, "Other": true}
	modalities  = map[string]bool{"asserted": true, "possible": true, "denied": true, "conditional": true}
	singleBreak = regexp.MustCompile(`[^\n]\n[^\n]`)
	sentenceEnd = regexp.MustCompile(`[.!?]["'”’)]?$`)
)

// checkGold returns the errors the shared gold checker (check-gold.py)
// reports for a gold file: format, vocabulary, dangling ids, evidence that
// is not in the text, relation ends of the wrong kind.
func checkGold(path string) []string {
	var errs []string
	b, err := os.ReadFile(path)
	if err != nil {
		return []string{err.Error()}
	}
	var g goldDoc
	if err := json.Unmarshal(b, &g); err != nil {
		return []string{"invalid JSON: " + err.Error()}
	}
	if g.ID != strings.TrimSuffix(filepath.Base(path), ".json") {
		errs = append(errs, fmt.Sprintf("id %q does not match the file name", g.ID))
	}
	if strings.TrimSpace(g.Title) == "" {
		errs = append(errs, "empty title")
	}
	if _, err := time.Parse("2006-01-02", g.Published); err != nil {
		errs = append(errs, fmt.Sprintf("published %q is not an ISO date", g.Published))
	}
	if singleBreak.MatchString(g.Text) {
		errs = append(errs, "text has a single newline; paragraphs must be separated by blank lines")
	}
	if !sentenceEnd.MatchString(strings.TrimRight(g.Text, " \n")) {
		errs = append(errs, "text does not end at a sentence boundary")
	}
	types := map[string]string{}
	for _, e := range g.Entities {
		id, _ := e["id"].(string)
		typ, _ := e["type"].(string)
		if _, dup := types[id]; dup {
			errs = append(errs, "duplicate id "+id)
		}
		types[id] = typ
		if name, _ := e["name"].(string); name == "" {
			errs = append(errs, id+": empty name")
		}
		if !actorTypes[typ] && typ != "Location" && typ != "Event" {
			errs = append(errs, fmt.Sprintf("%s: bad type %q", id, typ))
		}
	}
	for _, e := range g.Entities {
		if e["type"] != "Event" {
			continue
		}
		id, _ := e["id"].(string)
		if et, _ := e["event_type"].(string); !eventTypes[et] {
			errs = append(errs, fmt.Sprintf("%s: bad event_type %q", id, et))
		}
		if m, ok := e["modality"].(string); ok && !modalities[m] {
			errs = append(errs, fmt.Sprintf("%s: bad modality %q", id, m))
		}
		if d, ok := e["date"].(string); ok {
			if _, err := time.Parse("2006-01-02", d); err != nil {
				errs = append(errs, fmt.Sprintf("%s: date %q is not ISO", id, d))
			}
		}
		if loc, ok := e["location"].(string); ok && !placeTypes[types[loc]] {
			errs = append(errs, fmt.Sprintf("%s: location %s is not a place", id, loc))
		}
		parts, _ := e["participants"].([]any)
		for _, p := range parts {
			if ps, _ := p.(string); !actorTypes[types[ps]] {
				errs = append(errs, fmt.Sprintf("%s: participant %v is not an actor", id, p))
			}
		}
		for _, k := range []string{"killed", "injured"} {
			if v, ok := e[k]; ok && v != nil {
				if n, isNum := v.(float64); !isNum || n < 0 || n != float64(int(n)) {
					errs = append(errs, fmt.Sprintf("%s: %s must be a non-negative integer or null", id, k))
				}
			}
		}
	}
	for i, r := range g.Relations {
		src, _ := r["source"].(string)
		dst, _ := r["target"].(string)
		typ, _ := r["type"].(string)
		tag := fmt.Sprintf("relation %d (%s %s %s)", i, src, typ, dst)
		ends, ok := relationEnds[typ]
		switch {
		case !ok:
			errs = append(errs, tag+": unknown type")
			continue
		case !ends[0][types[src]]:
			errs = append(errs, fmt.Sprintf("%s: source is a %q", tag, types[src]))
		case !ends[1][types[dst]]:
			errs = append(errs, fmt.Sprintf("%s: target is a %q", tag, types[dst]))
		}
		if m, _ := r["modality"].(string); !modalities[m] {
			errs = append(errs, fmt.Sprintf("%s: bad modality %q", tag, m))
		}
		if ev, _ := r["evidence"].(string); ev == "" || !strings.Contains(g.Text, ev) {
			errs = append(errs, tag+": evidence is not a substring of the text")
		}
	}
	return errs
}

// TestGoldFilesValid holds the project's own gold files to the annotation
// guide, as the shared checker does.
func TestGoldFilesValid(t *testing.T) {
	paths, _ := filepath.Glob("testdata/gold/*.json")
	blind, _ := filepath.Glob("testdata/blind/*.json")
	paths = append(paths, blind...)
	if len(blind) < 20 {
		t.Fatalf("got %d blind gold files, want the two batches", len(blind))
	}
	for _, p := range paths {
		for _, e := range checkGold(p) {
			t.Errorf("%s: %s", p, e)
		}
	}
}

// TestCheckGoldFindsErrors makes sure the checker can fail.
func TestCheckGoldFindsErrors(t *testing.T) {
	dir := t.TempDir()
	bad := `{"id":"x1","source_url":"","published":"2024-13-01","title":"t","text":"One line.\nTwo lines.",
 "entities":[{"id":"p1","type":"Person","name":"A B","aliases":[]},{"id":"e1","type":"Event","name":"e","event_type":"Party","date":null,"location":"p1","participants":[],"killed":-1,"injured":null}],
 "relations":[{"source":"p1","type":"LEADS","target":"e1","modality":"sure","evidence":"not there"}]}`
	path := filepath.Join(dir, "x1.json")
	if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(checkGold(path), "\n")
	for _, want := range []string{"not an ISO date", "single newline", "bad event_type", "not a place",
		"non-negative integer", "target is a", "bad modality", "evidence is not a substring"} {
		if !strings.Contains(got, want) {
			t.Errorf("checker output lacks %q:\n%s", want, got)
		}
	}
}
