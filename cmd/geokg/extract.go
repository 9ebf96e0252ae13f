package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/loader/extract"
)

const extractUsage = `
Usage: geokg extract [flags] PATH...
       geokg extract [flags] -

Extract prints what geokg finds in each article, one JSON document per
line: the article, its entities and events, and the relations between them,
each with its evidence sentence (docs/extract-format.md). Nothing is stored.

Inputs are .txt, .md, .html, .json and .jsonl files, folders of them (read
recursively), or - for standard input. An input that cannot be read is
reported on stderr with its file and line and skipped; the exit status is
then 3.

Examples:

	geokg extract examples/articles/02-drone-strike-on-port-sudan.txt
	geokg extract examples/articles.jsonl | jq -c '.relations[]'
	geokg extract --published 2025-10-08 - < notes.txt
`

func (m *Main) runExtract(ctx context.Context, args []string) error {
	f := m.newFlagSet("extract", extractUsage)
	published := f.String("published", "", "publication `date` of articles that do not give one (YYYY-MM-DD)")
	workers := f.Int("workers", 0, "how many articles to extract at once (default: the number of CPUs)")
	paths, err := f.parse(args)
	if err != nil {
		return err
	}
	log := f.log
	if len(paths) == 0 {
		return f.usageErr("no input: give files, folders or - for standard input")
	}
	if _, err := loader.NormalizeDate(*published); err != nil {
		return f.usageErr("--published: %v", err)
	}
	in := &loader.Input{Paths: paths, Stdin: m.Stdin, Published: *published, Logger: log}
	// One Write per document, so a reader downstream sees each line as soon
	// as it is extracted.
	enc := json.NewEncoder(m.Stdout)
	enc.SetEscapeHTML(false)
	skipped := 0
	for r := range loader.Extract(ctx, extract.New(), in.Articles(ctx), *workers) {
		if r.Err != nil {
			skipped++
			log.Warn("skipped", "err", r.Err)
			continue
		}
		if err := enc.Encode(loader.NewDocument(r.Graph)); err != nil {
			return fmt.Errorf("extract: write output: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("extract interrupted: %w", err)
	}
	if skipped > 0 {
		log.Warn("some inputs were skipped", "skipped", skipped)
		return errSkipped
	}
	return nil
}
