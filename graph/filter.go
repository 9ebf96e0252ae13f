package graph

import (
	"fmt"
	"time"
)

// The listing filters are checked by these functions, so that every backend
// refuses the same input with the same ErrInvalid.

// ValidateEventFilter refuses an EventFilter with an unknown event type or
// a From or To that is not YYYY-MM-DD.
func ValidateEventFilter(f EventFilter) error {
	for _, t := range f.Types {
		if !t.Valid() {
			return fmt.Errorf("event type %q: %w", t, ErrInvalid)
		}
	}
	for _, d := range []string{f.From, f.To} {
		if _, err := time.Parse(DateLayout, d); d != "" && err != nil {
			return fmt.Errorf("date %q is not YYYY-MM-DD: %w", d, ErrInvalid)
		}
	}
	return nil
}

// ValidateRelationFilter refuses a RelationFilter with an unknown relation
// type, modality or direction.
func ValidateRelationFilter(f RelationFilter) error {
	for _, t := range f.Types {
		if !t.Valid() {
			return fmt.Errorf("relation type %q: %w", t, ErrInvalid)
		}
	}
	for _, m := range f.Modalities {
		if !m.Valid() {
			return fmt.Errorf("modality %q: %w", m, ErrInvalid)
		}
	}
	switch f.Direction {
	case "", Outgoing, Incoming, Both:
		return nil
	}
	return fmt.Errorf("direction %q: %w", f.Direction, ErrInvalid)
}

// ValidateEntitySearch refuses an EntitySearch with an unknown entity type.
func ValidateEntitySearch(q EntitySearch) error {
	for _, t := range q.Types {
		if !t.Valid() {
			return fmt.Errorf("type %q: %w", t, ErrInvalid)
		}
	}
	return nil
}
