package extract

import (
	"bufio"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestTriggerFitCasesNameVerb guards the `switch key` of triggerFits: key is
// a verb's base form only for a verb, so a case whose spelling is also a
// noun row in triggers.tsv ("call", "vote") reads both the noun and every
// form of the verb, and must say by `verb` which it means, or by a comment
// "noun or verb" that it means both. Otherwise a noun row added later is
// caught by a rule written for the verb.
func TestTriggerFitCasesNameVerb(t *testing.T) {
	verbs, nouns := triggerRowsByPos(t)
	fset := gotoken.NewFileSet()
	f, err := parser.ParseFile(fset, "triggerfit.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatalf("parse triggerfit.go: %v", err)
	}
	var sw *ast.SwitchStmt
	ast.Inspect(f, func(n ast.Node) bool {
		if s, ok := n.(*ast.SwitchStmt); ok && sw == nil {
			if id, ok := s.Tag.(*ast.Ident); ok && id.Name == "key" {
				sw = s
			}
		}
		return sw == nil
	})
	if sw == nil {
		t.Fatal("triggerfit.go: no switch on key, got none, want one")
	}
	checked := 0
	for _, st := range sw.Body.List {
		cc := st.(*ast.CaseClause)
		for _, e := range cc.List {
			lit, ok := e.(*ast.BasicLit)
			if !ok {
				continue
			}
			w, err := strconv.Unquote(lit.Value)
			if err != nil || !verbs[w] || !nouns[w] {
				continue
			}
			checked++
			if !mentionsIdent(cc.Body, "verb") && !saysBoth(fset, f, cc) {
				t.Errorf("%s: case %q is a verb and a noun row; got a body without verb, want it to say which it means",
					fset.Position(lit.Pos()), w)
			}
		}
	}
	if checked == 0 {
		t.Errorf("cases both verb and noun checked: got 0, want some (\"call\", \"vote\")")
	}
}

// triggerRowsByPos reads the base forms of the verb rows and the words of
// the noun rows of data/triggers.tsv.
func triggerRowsByPos(t *testing.T) (verbs, nouns map[string]bool) {
	t.Helper()
	fh, err := os.Open("data/triggers.tsv")
	if err != nil {
		t.Fatalf("open triggers: %v", err)
	}
	defer fh.Close()
	verbs, nouns = map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			continue
		}
		switch strings.TrimSpace(cols[2]) {
		case "v":
			verbs[strings.TrimSpace(cols[0])] = true
		case "n":
			nouns[strings.TrimSpace(cols[0])] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read triggers: %v", err)
	}
	return verbs, nouns
}

func mentionsIdent(body []ast.Stmt, name string) bool {
	found := false
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && id.Name == name {
				found = true
			}
			return !found
		})
	}
	return found
}

// saysBoth reports whether a comment on the lines of the case clause says it reads
// the noun and the verb alike.
func saysBoth(fset *gotoken.FileSet, f *ast.File, cc *ast.CaseClause) bool {
	first, last := fset.Position(cc.Pos()).Line, fset.Position(cc.End()).Line
	for _, g := range f.Comments {
		line := fset.Position(g.Pos()).Line
		if line >= first && line <= last && strings.Contains(g.Text(), "noun or verb") {
			return true
		}
	}
	return false
}
