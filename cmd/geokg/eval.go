package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader/eval"
	"github.com/geokg/geokg/loader/extract"
)

const evalUsage = `
Usage: geokg eval [flags] GOLD.json...

Eval extracts each gold-annotated article and scores the result the way
the shared scorer (score.py) does: entities, events and relations matched
one to one, precision, recall and F1 micro-averaged over the articles, event
dates and casualties checked on matched events, relations compared strictly
and coarsely, modality agreement on matched relations. The gold format is
the annotation guide's (one JSON object per article with its text, entities,
events and relations).

Floors turn eval into a regression check: a metric below its floor is
named on stderr and the exit status is 1. A floor is METRIC=MIN, where
METRIC is a report line ("entities", "events", "relations:coarse") with an
optional .p, .r or .f1 (the default): "event:date.p=0.8".

Examples:

	geokg eval ../shared/corpus/dev/*.json
	geokg eval --min entities=0.9 --min relations:coarse=0.55 gold/*.json
	geokg eval --floors .ci/eval-floors.txt --json gold/*.json
`

func (m *Main) runEval(ctx context.Context, args []string) error {
	f := m.newFlagSet("eval", evalUsage)
	var mins floorList
	f.Var(&mins, "min", "a floor `METRIC=MIN`; repeatable")
	floorsFile := f.String("floors", "", "read floors from `FILE`: one METRIC MIN per line, # comments")
	asJSON := f.Bool("json", false, "print the report as JSON, keyed like score.py --json")
	paths, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return f.usageErr("no gold files given")
	}
	floors := map[string]float64{}
	if *floorsFile != "" {
		if err := readFloors(*floorsFile, floors); err != nil {
			return f.usageErr("%v", err)
		}
	}
	for k, v := range mins.floors {
		floors[k] = v
	}
	report, err := eval.Run(ctx, extract.New(), paths)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", " ")
		err = enc.Encode(report.Metrics())
	} else {
		err = report.Table(m.Stdout)
	}
	if err != nil {
		return err
	}
	if err := report.Check(floors); err != nil {
		return fmt.Errorf("eval: %d articles scored: %w", report.Articles, err)
	}
	return nil
}

// floorList collects repeated --min METRIC=MIN flags.
type floorList struct{ floors map[string]float64 }

func (l *floorList) String() string { return "" }

func (l *floorList) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("%q: want METRIC=MIN", s)
	}
	return l.add(k, v)
}

func (l *floorList) add(metric, value string) error {
	min, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
	if err != nil || min < 0 || min > 1 {
		return fmt.Errorf("floor %q for %s: want a number from 0 to 1", value, metric)
	}
	if l.floors == nil {
		l.floors = map[string]float64{}
	}
	l.floors[strings.TrimSpace(metric)] = min
	return nil
}

// readFloors reads "METRIC MIN" lines into floors.
func readFloors(path string, floors map[string]float64) error {
	fh, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("floors: %w", err)
	}
	defer fh.Close()
	l := floorList{floors: floors}
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		switch len(fields) {
		case 0:
			continue
		case 2:
			if err := l.add(fields[0], fields[1]); err != nil {
				return fmt.Errorf("%s:%d: %w", path, n, err)
			}
		default:
			return fmt.Errorf("%s:%d: want METRIC MIN: %w", path, n, graph.ErrInvalid)
		}
	}
	return sc.Err()
}
