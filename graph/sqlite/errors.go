package sqlite

import (
	"errors"
	"fmt"

	"github.com/geokg/geokg/graph"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// translate gives a driver error the graph error kind callers test for. It
// is the one place that knows SQLite's result codes; errors that already
// carry a kind, context errors and nil pass through.
func translate(err error) error {
	var se *sqlite.Error
	if err == nil || !errors.As(err, &se) || graph.ErrorKind(err) != nil {
		return err
	}
	switch se.Code() & 0xff { // the primary code; extended codes are on
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		// Another process held the file past busy_timeout.
		return fmt.Errorf("%w: %w", graph.ErrUnavailable, err)
	case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM,
		sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL:
		return fmt.Errorf("%w: %w", graph.ErrUnavailable, err)
	case sqlite3.SQLITE_CONSTRAINT:
		return fmt.Errorf("%w: %w", graph.ErrConflict, err)
	case sqlite3.SQLITE_TOOBIG:
		return fmt.Errorf("%w: %w", graph.ErrInvalid, err)
	}
	return err
}
