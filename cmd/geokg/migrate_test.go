package main

import (
	"path/filepath"
	"testing"
)

func TestMigrate_SQLite(t *testing.T) {
	db := filepath.Join(t.TempDir(), "new.db")
	for range 2 { // the second run has nothing to do
		tm := quiet(t, exitOK, "migrate", "--store", db)
		if want := "sqlite store " + db + ": schema up to date\n"; tm.stdout.String() != want {
			t.Errorf("got %q, want %q", tm.stdout.String(), want)
		}
	}
	if got := storeArticles(t, db); got != 0 {
		t.Errorf("a migrated new store holds %d articles", got)
	}
}
