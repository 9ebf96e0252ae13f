package graph

import (
	"errors"
	"testing"
)

func TestValidateFilters(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		ok   bool
	}{
		{"events_empty", ValidateEventFilter(EventFilter{}), true},
		{"events_valid", ValidateEventFilter(EventFilter{Types: []EventType{Attack}, From: "2025-01-01", To: "2025-12-31"}), true},
		{"events_unknown_type", ValidateEventFilter(EventFilter{Types: []EventType{Attack, "Picnic"}}), false},
		{"events_bad_from", ValidateEventFilter(EventFilter{From: "2025-13-01"}), false},
		{"events_partial_to", ValidateEventFilter(EventFilter{To: "2025-03"}), false},
		{"relations_empty", ValidateRelationFilter(RelationFilter{}), true},
		{"relations_valid", ValidateRelationFilter(RelationFilter{Types: []RelationType{MetWith}, Modalities: []Modality{Possible}, Direction: Incoming}), true},
		{"relations_unknown_type", ValidateRelationFilter(RelationFilter{Types: []RelationType{"LIKES"}}), false},
		{"relations_unknown_modality", ValidateRelationFilter(RelationFilter{Modalities: []Modality{"rumoured"}}), false},
		{"relations_unknown_direction", ValidateRelationFilter(RelationFilter{Direction: "SIDEWAYS"}), false},
		{"search_valid", ValidateEntitySearch(EntitySearch{Types: []EntityType{Person, Country}}), true},
		{"search_unknown_type", ValidateEntitySearch(EntitySearch{Types: []EntityType{"Planet"}}), false},
	} {
		if tc.ok && tc.err != nil {
			t.Errorf("%s: got %v, want no error", tc.name, tc.err)
		}
		if !tc.ok && !errors.Is(tc.err, ErrInvalid) {
			t.Errorf("%s: got %v, want %v", tc.name, tc.err, ErrInvalid)
		}
	}
}
