package graphio

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/geokg/geokg/graph"
)

// The JSON Lines format holds one graph.ArticleGraph per line, encoded by
// encoding/json from the graph package's types field for field (so
// "Article", "Entities", "Events", "Claims", "Merges" at the top). Ids are
// the ones the extractor gave. The source's active merges ride with the
// article whose loading decided them, and merges made by hand (or by an
// article no longer stored) with the last line, so that reading the file
// into a store in order ends with every merge applied.

// maxLine bounds one line: an article of tens of megabytes with everything
// extracted from it fits.
const maxLine = 256 << 20

// WriteJSONL writes every article of s to w, one graph per line, and
// returns how many it wrote.
func WriteJSONL(ctx context.Context, w io.Writer, s graph.Store) (int, error) {
	ms, err := activeMerges(ctx, s)
	if err != nil {
		return 0, fmt.Errorf("write jsonl: %w", err)
	}
	byArticle := make(map[string][]graph.Merge)
	for _, m := range ms {
		byArticle[m.ArticleID] = append(byArticle[m.ArticleID], m)
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	n := 0
	var pending *graph.ArticleGraph // held back one line, so the last can carry the rest of the merges
	emit := func(g *graph.ArticleGraph) error {
		if err := enc.Encode(g); err != nil {
			return fmt.Errorf("article %s: %w", g.Article.ID, err)
		}
		n++
		return nil
	}
	err = eachArticle(ctx, s, func(g graph.ArticleGraph) error {
		g.Merges = byArticle[g.Article.ID]
		delete(byArticle, g.Article.ID)
		if pending != nil {
			if err := emit(pending); err != nil {
				return err
			}
		}
		pending = &g
		return nil
	})
	if err == nil && pending != nil {
		for _, m := range ms { // in order, those no written article carried
			if _, left := byArticle[m.ArticleID]; left {
				pending.Merges = append(pending.Merges, m)
			}
		}
		err = emit(pending)
	} else if err == nil && len(ms) > 0 {
		err = errors.New("the store has merges but no article to carry them")
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return n, fmt.Errorf("write jsonl: %w", err)
	}
	return n, nil
}

// ReadJSONL calls fn with each graph in r, in order. A line that is not a
// graph is an error naming the line, wrapping graph.ErrInvalid; blank lines
// are skipped.
func ReadJSONL(r io.Reader, fn func(graph.ArticleGraph) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		var g graph.ArticleGraph
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&g); err != nil {
			return fmt.Errorf("line %d: %w: %w", line, graph.ErrInvalid, err)
		}
		if g.Article.ID == "" {
			return fmt.Errorf("line %d: no article id: %w", line, graph.ErrInvalid)
		}
		if err := fn(g); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read jsonl: %w", err)
	}
	return nil
}

// ImportJSONL writes the graphs in r into s, o.BatchSize per PutArticles
// call, and returns how many it read. Its progress reports know no total.
func ImportJSONL(ctx context.Context, r io.Reader, s graph.Store, o Options) (int, error) {
	n := 0
	put := newPutter(s, o)
	err := ReadJSONL(r, func(g graph.ArticleGraph) error {
		n++
		return put.add(ctx, g)
	})
	if err == nil {
		err = put.flush(ctx)
	}
	if err != nil {
		return n, fmt.Errorf("import jsonl: %w", err)
	}
	return n, nil
}
