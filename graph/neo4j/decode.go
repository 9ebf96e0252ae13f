package neo4j

import (
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// decoder reads values the driver returns (int64, float64, string, bool,
// []any, map[string]any, time.Time) into Go types. An absent or null value
// reads as the zero value, as Neo4j stores no nulls; a value of the wrong
// type is remembered as the decoder's error, so a sequence of reads is
// checked once at the end.
type decoder struct{ err error }

func (d *decoder) fail(key string, v any, want string) {
	if d.err == nil {
		d.err = fmt.Errorf("stored %s is %T, not %s", key, v, want)
	}
}

func (d *decoder) str(m map[string]any, key string) string {
	switch v := m[key].(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		d.fail(key, v, "a string")
		return ""
	}
}

func (d *decoder) int(m map[string]any, key string) int {
	switch v := m[key].(type) {
	case nil:
		return 0
	case int64:
		return int(v)
	default:
		d.fail(key, v, "an integer")
		return 0
	}
}

func (d *decoder) float(m map[string]any, key string) float64 {
	switch v := m[key].(type) {
	case nil:
		return 0
	case float64:
		return v
	case int64:
		return float64(v)
	default:
		d.fail(key, v, "a float")
		return 0
	}
}

func (d *decoder) bool(m map[string]any, key string) bool {
	switch v := m[key].(type) {
	case nil:
		return false
	case bool:
		return v
	default:
		d.fail(key, v, "a boolean")
		return false
	}
}

func (d *decoder) time(m map[string]any, key string) time.Time {
	switch v := m[key].(type) {
	case nil:
		return time.Time{}
	case time.Time:
		return v.UTC()
	default:
		d.fail(key, v, "a date-time")
		return time.Time{}
	}
}

// list returns the elements of a list value; an empty list reads as nil,
// as the SQLite store reads "[]".
func (d *decoder) list(m map[string]any, key string) []any {
	switch v := m[key].(type) {
	case nil:
		return nil
	case []any:
		if len(v) == 0 {
			return nil
		}
		return v
	default:
		d.fail(key, v, "a list")
		return nil
	}
}

func (d *decoder) strs(m map[string]any, key string) []string {
	l := d.list(m, key)
	if l == nil {
		return nil
	}
	out := make([]string, len(l))
	for i, v := range l {
		s, ok := v.(string)
		if !ok {
			d.fail(key, v, "a list of strings")
		}
		out[i] = s
	}
	return out
}

func (d *decoder) ints(m map[string]any, key string) []int {
	l := d.list(m, key)
	out := make([]int, len(l))
	for i, v := range l {
		n, ok := v.(int64)
		if !ok {
			d.fail(key, v, "a list of integers")
		}
		out[i] = int(n)
	}
	return out
}

func (d *decoder) floats(m map[string]any, key string) []float64 {
	l := d.list(m, key)
	out := make([]float64, len(l))
	for i, v := range l {
		switch n := v.(type) {
		case float64:
			out[i] = n
		case int64:
			out[i] = float64(n)
		default:
			d.fail(key, v, "a list of floats")
		}
	}
	return out
}

// maps returns a list of maps: what collect({...}) and collect(properties(x))
// return.
func (d *decoder) maps(m map[string]any, key string) []map[string]any {
	l := d.list(m, key)
	out := make([]map[string]any, 0, len(l))
	for _, v := range l {
		mm, ok := v.(map[string]any)
		if !ok {
			d.fail(key, v, "a list of maps")
			continue
		}
		out = append(out, mm)
	}
	return out
}

func (d *decoder) mapOf(m map[string]any, key string) map[string]any {
	switch v := m[key].(type) {
	case nil:
		return nil
	case map[string]any:
		return v
	default:
		d.fail(key, v, "a map")
		return nil
	}
}

// record turns a record into a map from its keys, so that columns and
// returned maps decode alike.
func record(r *neo4j.Record) map[string]any {
	m := make(map[string]any, len(r.Keys))
	for i, k := range r.Keys {
		m[k] = r.Values[i]
	}
	return m
}
