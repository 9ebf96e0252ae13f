package neo4j

import (
	"context"
	"fmt"
	"strconv"
)

// The batch reads answer for the ids they were asked, following merges: a
// merged-away id maps to the node it reads as, an id naming nothing is
// absent. Their page statements list, in one round trip, a page for each
// distinct node: one record per node, its id in "id".

// readBatch runs a batch read; its error names the read and the ids asked.
func readBatch[T any](ctx context.Context, s *Store, what string, ids []string,
	read func(ctx context.Context, r runner) (T, error)) (T, error) {
	var out T
	err := s.read(ctx, func(ctx context.Context, r runner) error {
		var err error
		out, err = read(ctx, r)
		return err
	})
	if err != nil {
		var zero T
		return zero, fmt.Errorf("%s %s: %w", what, abbreviate(ids), err)
	}
	return out, nil
}

// decodePages reads one page from each record of a page statement, keyed
// by the record's id.
func decodePages[P any](recs []map[string]any, decode func(d *decoder, rec map[string]any) P) (map[string]P, error) {
	var d decoder
	pages := make(map[string]P, len(recs))
	for _, rec := range recs {
		pages[d.str(rec, "id")] = decode(&d, rec)
	}
	return pages, d.err
}

// byAsked keys pages by the ids asked: each gets the page of the node it
// resolved to, an empty page when the statement listed nothing for it.
func byAsked[P any](resolved map[string]string, pages map[string]P) map[string]P {
	out := make(map[string]P, len(resolved))
	for asked, id := range resolved {
		out[asked] = pages[id]
	}
	return out
}

// pagesOf runs page statement st for the distinct nodes resolved maps the
// asked ids to, with the arguments args makes for them, and keys the page
// of each node by the ids asked for it. No node, no round trip.
func pagesOf[A, P any](ctx context.Context, r runner, resolved map[string]string, st statement[A],
	args func(ids []string) A, decode func(d *decoder, rec map[string]any) P) (map[string]P, error) {
	if len(resolved) == 0 {
		return map[string]P{}, nil
	}
	recs, err := run(ctx, r, st, args(distinct(resolved)))
	if err != nil {
		return nil, err
	}
	pages, err := decodePages(recs, decode)
	if err != nil {
		return nil, err
	}
	return byAsked(resolved, pages), nil
}

// firstPage reads the page of a listing statement, which returns one
// record, or none when there is nothing to list.
func firstPage[P any](recs []map[string]any, decode func(d *decoder, rec map[string]any) P) (P, error) {
	var zero P
	if len(recs) == 0 {
		return zero, nil
	}
	var d decoder
	p := decode(&d, recs[0])
	if d.err != nil {
		return zero, d.err
	}
	return p, nil
}

// abbreviate keeps error messages short when a batch asks for many ids.
func abbreviate(ids []string) string {
	switch {
	case len(ids) == 0:
		return "(none)"
	case len(ids) <= 3:
		return fmt.Sprint(ids)
	}
	return fmt.Sprint(ids[:3]) + " and " + strconv.Itoa(len(ids)-3) + " more"
}
