package graph

import "errors"

// Error kinds. Backends translate their driver errors into these in one place
// and wrap them with context; callers test with errors.Is. The server maps each
// kind to a GraphQL extensions.code.
var (
	// ErrNotFound: the id names nothing in the store.
	ErrNotFound = errors.New("not found")
	// ErrInvalid: the caller's input breaks a rule of the model (unknown type,
	// empty id, malformed date, bad cursor). Retrying the same input fails again.
	ErrInvalid = errors.New("invalid input")
	// ErrConflict: the write contradicts the store's state (undoing a merge
	// that is already undone, merging an entity into itself).
	ErrConflict = errors.New("conflict")
	// ErrUnauthorized: the backend refused the credentials.
	ErrUnauthorized = errors.New("unauthorized")
	// ErrUnavailable: the backend cannot be reached; retrying later may work.
	ErrUnavailable = errors.New("unavailable")
	// ErrUnsupported: the backend does not implement the operation.
	ErrUnsupported = errors.New("unsupported")
)

// kinds lists the error kinds above.
var kinds = []error{ErrNotFound, ErrInvalid, ErrConflict, ErrUnauthorized, ErrUnavailable, ErrUnsupported}

// ErrorKind returns the kind err wraps, the first in the order above when it
// wraps several, or nil when it wraps none. Backends use it to leave an
// error that already says what went wrong as it is.
func ErrorKind(err error) error {
	for _, kind := range kinds {
		if errors.Is(err, kind) {
			return kind
		}
	}
	return nil
}
