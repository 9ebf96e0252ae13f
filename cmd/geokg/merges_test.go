package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMerges loads two articles that name one person differently, lists the
// merge the loader decided, undoes it, and checks that the undo shows and
// that loading the article again does not merge it back.
func TestMerges(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "geokg.db")
	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	first := write("first.txt", "Oslo talks open\nDate: 2025-05-02\n\n"+
		"Norwegian Foreign Minister Halvard Oyen met Swedish Foreign Minister Karin Lund in Oslo on Thursday.\n")
	second := write("second.txt", "Talks continue\nDate: 2025-05-05\n\n"+
		"Oyen said on Monday that the talks would continue next month.\n")

	for _, p := range []string{first, second} {
		if code := newTestMain(nil).run(t, "load", "--store", db, p); code != exitOK {
			t.Fatalf("load %s: exit %d", p, code)
		}
	}
	list := func(args ...string) []mergeJSON {
		t.Helper()
		tm := newTestMain(nil)
		if code := tm.run(t, append([]string{"merges", "--store", db, "--json"}, args...)...); code != exitOK {
			t.Fatalf("merges: exit %d: %s", code, tm.stderr.String())
		}
		var out []mergeJSON
		for _, line := range strings.Split(strings.TrimSpace(tm.stdout.String()), "\n") {
			if line == "" {
				continue
			}
			var m mergeJSON
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatalf("merge line %q: %v", line, err)
			}
			out = append(out, m)
		}
		return out
	}
	var surname *mergeJSON
	ms := list()
	for i, m := range ms {
		if m.From == "person:oyen" {
			surname = &ms[i]
		}
	}
	if surname == nil {
		t.Fatalf("got merges %+v, want person:oyen merged into person:halvard-oyen", ms)
	}
	if surname.Into != "person:halvard-oyen" || surname.Rule == "" || len(surname.Names) != 2 || surname.Article == "" {
		t.Errorf("got %+v, want into person:halvard-oyen with its rule, both names and the deciding article", *surname)
	}

	tm := newTestMain(nil)
	if code := tm.run(t, "merges", "undo", "--store", db, surname.ID); code != exitOK {
		t.Fatalf("undo: exit %d: %s", code, tm.stderr.String())
	}
	for _, m := range list() {
		if m.ID == surname.ID {
			t.Errorf("undone merge %s still listed as active", m.ID)
		}
	}
	found := false
	for _, m := range list("--all") {
		if m.ID == surname.ID {
			found = m.UndoneAt != nil
		}
	}
	if !found {
		t.Errorf("--all does not show %s as undone", surname.ID)
	}
	if code := tm.run(t, "merges", "undo", "--store", db, surname.ID); code != exitError {
		t.Errorf("undoing twice: got exit %d, want %d", code, exitError)
	}

	// Edit the second article so it is read again; the undone merge stays undone.
	write("second.txt", "Talks continue\nDate: 2025-05-05\n\nOyen said on Monday that the talks would go on.\n")
	if code := newTestMain(nil).run(t, "load", "--store", db, second); code != exitOK {
		t.Fatalf("reload: exit %d", code)
	}
	for _, m := range list() {
		if m.From == "person:oyen" {
			t.Errorf("got %+v after reload, want the undone merge not redone", m)
		}
	}
}
