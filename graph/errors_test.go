package graph

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

func TestErrorKind(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want error
	}{
		{"nil", nil, nil},
		{"plain", errors.New("disk on fire"), nil},
		{"context", context.Canceled, nil},
		{"kind", ErrConflict, ErrConflict},
		{"wrapped", fmt.Errorf("entity %q: %w", "x", ErrNotFound), ErrNotFound},
		{"joined", fmt.Errorf("%w: %w", ErrUnavailable, errors.New("busy")), ErrUnavailable},
		{"two_kinds", fmt.Errorf("%w: %w", ErrInvalid, ErrUnsupported), ErrInvalid},
	} {
		if got := ErrorKind(tc.err); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
