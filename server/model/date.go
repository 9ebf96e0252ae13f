package model

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/geokg/geokg/graph"
)

// MarshalDate writes a YYYY-MM-DD day as a GraphQL string.
func MarshalDate(day string) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(day))
	})
}

// UnmarshalDate reads a Date argument. Anything but a real calendar day in
// YYYY-MM-DD form is graph.ErrInvalid, so the client sees BAD_USER_INPUT
// instead of an empty result for "2025-4-1" or "2025-02-30".
func UnmarshalDate(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("date must be a string YYYY-MM-DD, got %T: %w", v, graph.ErrInvalid)
	}
	if _, err := time.Parse(graph.DateLayout, s); err != nil {
		return "", fmt.Errorf("date %q is not a calendar day YYYY-MM-DD: %w", s, graph.ErrInvalid)
	}
	return s, nil
}
