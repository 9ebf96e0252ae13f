package neo4j

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
)

// neo4j-admin database import is the fastest way to seed a new database
// with millions of articles: it writes the store files directly, without
// transactions. WriteAdminImport writes, from any graph.Store, the node and
// relationship CSV files it reads, in exactly the shape this store writes,
// so that a database imported from them reads the same as one loaded
// through PutArticles once `geokg migrate` has added the schema.

// adminArrayDelimiter separates list elements, and labels, inside a CSV
// field. The default, ';', occurs in sentences; the unit separator does not
// occur in text geokg keeps (WriteAdminImport fails if it does).
const adminArrayDelimiter = "\x1f"

// AdminImport says what WriteAdminImport wrote.
type AdminImport struct {
	Dir           string
	Nodes         map[string]int // file name → rows
	Relationships map[string]int
}

// Command returns the neo4j-admin command line that imports the files into
// database (which must not be running), to run from the directory holding
// them.
func (a AdminImport) Command(database string) string {
	args := []string{"neo4j-admin", "database", "import", "full", database,
		"--overwrite-destination", "--multiline-fields=true", "--array-delimiter=U+001F"}
	for _, f := range adminNodeFiles {
		args = append(args, "--nodes="+f.name)
	}
	for _, f := range adminRelFiles {
		args = append(args, "--relationships="+f.name)
	}
	return strings.Join(args, " ")
}

// adminFile is one CSV file: its name, the columns neo4j-admin reads for
// identity (id:ID and :LABEL, or :START_ID, :END_ID and :TYPE), and the
// properties, which have the names the write statement (stmt) sets.
type adminFile struct {
	name  string
	ids   []string
	stmt  string // the statement whose SET clauses write these properties
	v     string // its variable
	props []string
}

// The CSV type of each property, where it is not a string.
var adminTypes = map[string]string{
	"pubOrder": "long", "mentions": "long", "loadedAt": "datetime",
	"ord": "long", "aliases": "string[]", "texts": "string[]", "textStarts": "long[]", "textEnds": "long[]",
	"sentences": "string[]", "sentenceStarts": "long[]", "sentenceEnds": "long[]", "confidences": "double[]",
	"participantIds": "string[]", "killedValue": "long", "killedMin": "long", "killedVague": "boolean",
	"injuredValue": "long", "injuredMin": "long", "injuredVague": "boolean", "confidence": "double",
	"relationConfidence": "double", "sentenceStart": "long", "sentenceEnd": "long", "articles": "long",
	"day": "long", "searchAliases": "string[]", "names": "string[]", "createdAt": "datetime",
	"undoneAt": "datetime", "active": "boolean",
}

var eventProps = []string{"type", "name", "dateStart", "dateEnd", "datePrecision", "datePhrase",
	"locationId", "perpetratorId", "participantIds", "killedValue", "killedQualifier", "killedMin",
	"killedVague", "killedText", "injuredValue", "injuredQualifier", "injuredMin", "injuredVague",
	"injuredText", "duration", "modality", "confidence"}

var (
	articlesFile = adminFile{name: "articles.csv", ids: []string{"id:ID", ":LABEL"}, stmt: "article_put", v: "a",
		props: []string{"title", "url", "published", "pubOrder", "text", "source", "fingerprint", "loadedAt", "mentions"}}
	entitiesFile = adminFile{name: "entities.csv", ids: []string{"id:ID", ":LABEL"}, stmt: "entity_put", v: "e",
		props: []string{"type", "name", "aliases", "kind", "code", "articles", "searchName", "searchAliases", "searchText"}}
	eventsFile = adminFile{name: "events.csv", ids: []string{"id:ID", ":LABEL"}, stmt: "event_put", v: "e",
		props: append([]string{"cameo", "caption", "day", "articles"}, eventProps...)}
	relationsFile = adminFile{name: "relations.csv", ids: []string{"id:ID", ":LABEL"}, stmt: "relation_put", v: "r",
		props: []string{"type", "sourceId", "targetId", "modality", "role", "confidence", "articles"}}
	claimsFile = adminFile{name: "claims.csv", ids: []string{"id:ID", ":LABEL"}, stmt: "claim_put", v: "c",
		props: []string{"articleId", "ord", "type", "modality", "role", "relationConfidence", "confidence",
			"statedRelationId", "statedSourceId", "statedTargetId", "statedSpeakerId", "relationId", "sourceId",
			"targetId", "speakerId", "sentence", "sentenceStart", "sentenceEnd"}}
	mergesFile = adminFile{name: "merges.csv", ids: []string{"id:ID", ":LABEL"}, stmt: "merge_put", v: "m",
		props: []string{"fromId", "intoId", "names", "rule", "articleId", "createdAt", "undoneAt", "active"}}

	mentionsFile = adminFile{name: "mentions.csv", ids: []string{":START_ID", ":END_ID", ":TYPE"}, stmt: "mention_put", v: "m",
		props: []string{"statedId", "ord", "type", "name", "aliases", "kind", "code", "texts", "textStarts", "textEnds",
			"sentences", "sentenceStarts", "sentenceEnds", "confidences"}}
	reportsFile = adminFile{name: "reports.csv", ids: []string{":START_ID", ":END_ID", ":TYPE"}, stmt: "report_put", v: "r",
		props: append(append([]string{"statedId", "ord"}, eventProps...), "sentences", "sentenceStarts", "sentenceEnds")}
	statedInFile = adminFile{name: "stated_in.csv", ids: []string{":START_ID", ":END_ID", ":TYPE"}}
	involvesFile = adminFile{name: "involves.csv", ids: []string{":START_ID", ":END_ID", ":TYPE"}, props: []string{"role"}}
	typedFile    = adminFile{name: "typed_relations.csv", ids: []string{":START_ID", ":END_ID", ":TYPE"}, stmt: "relation_put", v: "e",
		props: []string{"id", "modality", "role", "confidence", "articles"}}

	adminNodeFiles = []adminFile{articlesFile, entitiesFile, eventsFile, relationsFile, claimsFile, mergesFile}
	adminRelFiles  = []adminFile{mentionsFile, reportsFile, statedInFile, involvesFile, typedFile}
)

func (f adminFile) header() []string {
	out := slices.Clone(f.ids)
	for _, p := range f.props {
		if t, ok := adminTypes[p]; ok {
			p += ":" + t
		}
		out = append(out, p)
	}
	return out
}

// adminWriter holds the open files.
type adminWriter struct {
	dir    string
	files  map[string]*os.File
	csv    map[string]*csv.Writer
	counts map[string]int
}

func (w *adminWriter) open(f adminFile) error {
	fh, err := os.Create(filepath.Join(w.dir, f.name))
	if err != nil {
		return err
	}
	w.files[f.name] = fh
	w.csv[f.name] = csv.NewWriter(fh)
	return w.csv[f.name].Write(f.header())
}

// write writes one row: the identity columns, then each property from row.
func (w *adminWriter) write(f adminFile, ids []string, row map[string]any) error {
	rec := slices.Clone(ids)
	for _, p := range f.props {
		s, err := adminValue(row[p])
		if err != nil {
			return fmt.Errorf("%s: %s of %s: %w", f.name, p, ids[0], err)
		}
		rec = append(rec, s)
	}
	w.counts[f.name]++
	return w.csv[f.name].Write(rec)
}

func (w *adminWriter) close() error {
	var errs []error
	for name, c := range w.csv {
		c.Flush()
		errs = append(errs, c.Error(), w.files[name].Close())
	}
	return errors.Join(errs...)
}

var errDelimiter = errors.New("holds the array delimiter U+001F")

// adminValue formats a parameter value as neo4j-admin reads it; nil is an
// empty field, which imports as no property, as a null SET does.
func adminValue(v any) (string, error) {
	join := func(parts []string) (string, error) {
		for _, p := range parts {
			if strings.Contains(p, adminArrayDelimiter) {
				return "", errDelimiter
			}
		}
		return strings.Join(parts, adminArrayDelimiter), nil
	}
	switch v := v.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case int:
		return strconv.Itoa(v), nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64), nil
	case bool:
		return strconv.FormatBool(v), nil
	case time.Time:
		return v.UTC().Format(time.RFC3339Nano), nil
	case []string:
		return join(v)
	case []int:
		parts := make([]string, len(v))
		for i, n := range v {
			parts[i] = strconv.Itoa(n)
		}
		return join(parts)
	case []float64:
		parts := make([]string, len(v))
		for i, n := range v {
			parts[i] = strconv.FormatFloat(n, 'g', -1, 64)
		}
		return join(parts)
	}
	return "", fmt.Errorf("value of type %T", v)
}

func labels(ls ...string) string { return strings.Join(ls, adminArrayDelimiter) }

// WriteAdminImport writes into dir (created if missing) the CSV files that
// neo4j-admin database import reads, holding everything src holds: its
// articles and their statements, the entity, event and relation summaries
// with their typed relationships, and its merges, active and undone.
// AdminImport.Command gives the import command.
func WriteAdminImport(ctx context.Context, src graph.Store, dir string) (AdminImport, error) {
	out := AdminImport{Dir: dir, Nodes: map[string]int{}, Relationships: map[string]int{}}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return out, fmt.Errorf("admin import files: %w", err)
	}
	w := &adminWriter{dir: dir, files: map[string]*os.File{}, csv: map[string]*csv.Writer{}, counts: map[string]int{}}
	err := w.writeAll(ctx, src)
	if cerr := w.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return out, fmt.Errorf("admin import files in %s: %w", dir, err)
	}
	for _, f := range adminNodeFiles {
		out.Nodes[f.name] = w.counts[f.name]
	}
	for _, f := range adminRelFiles {
		out.Relationships[f.name] = w.counts[f.name]
	}
	return out, nil
}

func (w *adminWriter) writeAll(ctx context.Context, src graph.Store) error {
	for _, f := range append(slices.Clone(adminNodeFiles), adminRelFiles...) {
		if err := w.open(f); err != nil {
			return err
		}
	}
	if err := w.writeArticles(ctx, src); err != nil {
		return err
	}
	if err := w.writeSummaries(ctx, src); err != nil {
		return err
	}
	ms, err := graph.AllMerges(ctx, src, graph.MergeFilter{IncludeUndone: true})
	if err != nil {
		return err
	}
	for _, m := range ms {
		row := mergePut.row(mergeRow{m: m})
		row["active"] = m.Active()
		if !m.Active() {
			row["undoneAt"] = m.UndoneAt
		}
		if err := w.write(mergesFile, []string{m.ID, labels("Merge")}, row); err != nil {
			return err
		}
	}
	return nil
}

// writeArticles writes each article with its statements, pointing them at
// the nodes their ids resolve to in src, a page of articles at a time.
func (w *adminWriter) writeArticles(ctx context.Context, src graph.Store) error {
	after := ""
	for {
		p, err := src.FindArticles(ctx, graph.ArticleFilter{Page: graph.Page{First: 100, After: after}})
		if err != nil {
			return err
		}
		graphs := make([]graph.ArticleGraph, 0, len(p.Articles))
		var entityIDs, eventIDs []string
		for _, a := range p.Articles {
			g, err := src.ArticleGraph(ctx, a.ID)
			if err != nil {
				return err
			}
			g.Article.LoadedAt = a.LoadedAt
			graphs = append(graphs, g)
			for _, r := range g.Entities {
				entityIDs = append(entityIDs, r.Entity.ID)
			}
			for _, r := range g.Events {
				eventIDs = append(eventIDs, r.Event.ID)
			}
		}
		res, err := resolveWith(ctx, src, entityIDs, eventIDs)
		if err != nil {
			return err
		}
		for _, g := range graphs {
			if err := w.writeArticle(g, res); err != nil {
				return err
			}
		}
		if !p.HasNextPage {
			return nil
		}
		after = p.EndCursor
	}
}

// resolveWith maps stated entity and event ids to the nodes src reads them
// as, through src's own batch lookups (which follow merges).
func resolveWith(ctx context.Context, src graph.Store, entityIDs, eventIDs []string) (map[string]string, error) {
	res := make(map[string]string, len(entityIDs)+len(eventIDs))
	es, err := src.Entities(ctx, entityIDs)
	if err != nil {
		return nil, err
	}
	for asked, e := range es {
		res[asked] = e.ID
	}
	vs, err := src.Events(ctx, eventIDs)
	if err != nil {
		return nil, err
	}
	for asked, e := range vs {
		res[asked] = e.ID
	}
	return res, nil
}

func (w *adminWriter) writeArticle(g graph.ArticleGraph, res map[string]string) error {
	a := g.Article
	mentions := 0
	for _, r := range g.Entities {
		mentions += len(r.Mentions)
	}
	if err := w.write(articlesFile, []string{a.ID, labels("Article")}, articlePut.row(articleRow{a: a, loadedAt: a.LoadedAt, mentions: mentions})); err != nil {
		return err
	}
	node := func(id string) (string, error) {
		if to, ok := res[id]; ok {
			return to, nil
		}
		return "", fmt.Errorf("article %s names %s, which reads as no node of the store", a.ID, id)
	}
	for i, r := range g.Entities {
		to, err := node(r.Entity.ID)
		if err != nil {
			return err
		}
		if err := w.write(mentionsFile, []string{a.ID, to, "MENTIONS"}, mentionPut.row(mentionRow{ord: i, entityID: to, r: r})); err != nil {
			return err
		}
	}
	for i, r := range g.Events {
		to, err := node(r.Event.ID)
		if err != nil {
			return err
		}
		if err := w.write(reportsFile, []string{a.ID, to, "REPORTS"}, reportPut.row(reportRow{ord: i, eventID: to, r: r})); err != nil {
			return err
		}
	}
	for i, c := range g.Claims {
		var ends [3]string
		for k, id := range []string{c.Relation.SourceID, c.Relation.TargetID, c.SpeakerID} {
			if id == "" {
				continue
			}
			to, err := node(id)
			if err != nil {
				return err
			}
			ends[k] = to
		}
		row := claimRow{ord: i, c: c, res: resolvedEnds(c.Relation.Type, c.Relation.Modality, ends[0], ends[1], ends[2])}
		id := claimID(a.ID, i)
		if err := w.write(claimsFile, []string{id, labels("Claim")}, claimPut.row(row)); err != nil {
			return err
		}
		if err := w.write(statedInFile, []string{id, a.ID, "STATED_IN"}, nil); err != nil {
			return err
		}
	}
	return nil
}

// writeSummaries writes every entity, event and relation src shows.
func (w *adminWriter) writeSummaries(ctx context.Context, src graph.Store) error {
	after := ""
	for {
		p, err := src.SearchEntities(ctx, graph.EntitySearch{Page: graph.Page{First: graph.MaxPageSize, After: after}})
		if err != nil {
			return err
		}
		for _, e := range p.Entities {
			if err := w.write(entitiesFile, []string{e.ID, labels("Entity", string(e.Type))}, entityPut.row(entityRow{e: e})); err != nil {
				return err
			}
		}
		if !p.HasNextPage {
			break
		}
		after = p.EndCursor
	}
	for after = ""; ; {
		p, err := src.FindEvents(ctx, graph.EventFilter{Page: graph.Page{First: graph.MaxPageSize, After: after}})
		if err != nil {
			return err
		}
		for _, e := range p.Events {
			if err := w.write(eventsFile, []string{e.ID, labels("Event", string(e.Type))}, eventPut.row(eventRow{e: e})); err != nil {
				return err
			}
			for _, m := range involves(e) {
				if err := w.write(involvesFile, []string{e.ID, m["id"].(string), "INVOLVES"}, m); err != nil {
					return err
				}
			}
		}
		if !p.HasNextPage {
			break
		}
		after = p.EndCursor
	}
	for after = ""; ; {
		p, err := src.FindRelations(ctx, graph.RelationFilter{Page: graph.Page{First: graph.MaxPageSize, After: after}})
		if err != nil {
			return err
		}
		for _, r := range p.Relations {
			row := relationPut.row(relationRow{r: r})
			if err := w.write(relationsFile, []string{r.ID, labels("Relation")}, row); err != nil {
				return err
			}
			if err := w.write(typedFile, []string{r.SourceID, r.TargetID, string(r.Type)}, row); err != nil {
				return err
			}
		}
		if !p.HasNextPage {
			return nil
		}
		after = p.EndCursor
	}
}
