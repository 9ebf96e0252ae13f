package sqlite

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/geokg/geokg/graph"
)

// Lists and small structures are stored as JSON text: they are read and
// written whole, and JSON keeps them readable in the sqlite3 shell.

func jsonArray(s []string) string {
	if len(s) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(s) // strings always marshal
	return string(b)
}

// names returns the names of typed values (entity types, modalities) as
// plain strings, for a JSON array argument.
func names[T ~string](ts []T) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t)
	}
	return out
}

func parseArray(s string) ([]string, error) {
	if s == "" || s == "[]" {
		return nil, nil
	}
	var out []string
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		return nil, fmt.Errorf("stored list %.40q: %w", s, err)
	}
	return out, nil
}

// storedCount is graph.Count as stored: short keys, since every event
// report carries up to two.
type storedCount struct {
	Value     int    `json:"v"`
	Qualifier string `json:"q,omitempty"`
	Min       int    `json:"min"`
	Vague     bool   `json:"vague,omitempty"`
	Text      string `json:"t,omitempty"`
}

func countJSON(c *graph.Count) sql.NullString {
	if c == nil {
		return sql.NullString{}
	}
	b, _ := json.Marshal(storedCount(*c))
	return sql.NullString{String: string(b), Valid: true}
}

func parseCount(s sql.NullString) (*graph.Count, error) {
	if !s.Valid {
		return nil, nil
	}
	var c storedCount
	if err := json.Unmarshal([]byte(s.String), &c); err != nil {
		return nil, fmt.Errorf("stored count %.40q: %w", s.String, err)
	}
	out := graph.Count(c)
	return &out, nil
}

// Event evidence is stored as [[sentence, start, end], …].
func evidenceJSON(ev []graph.Evidence) string {
	rows := make([][3]any, len(ev))
	for i, e := range ev {
		rows[i] = [3]any{e.Sentence, e.Start, e.End}
	}
	b, _ := json.Marshal(rows)
	return string(b)
}

func parseEvidence(articleID, s string) ([]graph.Evidence, error) {
	var raw [][3]json.RawMessage
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		return nil, fmt.Errorf("stored evidence %.40q: %w", s, err)
	}
	if len(raw) == 0 {
		return nil, nil
	}
	out := make([]graph.Evidence, len(raw))
	for i, r := range raw {
		e := graph.Evidence{ArticleID: articleID}
		if json.Unmarshal(r[0], &e.Sentence) != nil || json.Unmarshal(r[1], &e.Start) != nil ||
			json.Unmarshal(r[2], &e.End) != nil {
			return nil, fmt.Errorf("stored evidence %.40q is malformed", s)
		}
		out[i] = e
	}
	return out, nil
}

func unixNano(t time.Time) int64 { return t.UnixNano() }

func fromUnixNano(n int64) time.Time { return time.Unix(0, n).UTC() }
