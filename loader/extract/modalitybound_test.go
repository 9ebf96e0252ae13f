package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestModalityBound(t *testing.T) {
	tests := []struct {
		text    string
		trigger string
		want    graph.Modality
	}{
		// A negation stops at a relative clause, a reduced relative or a
		// second predicate joined by "and".
		{"Chile denies selling rifles to the rebels, who attacked the garrison in Arica for months.", "attacked", graph.Asserted},
		{"Peru said it would not admit monitors into the depots shelled by Bolivia last spring.", "shelled", graph.Asserted},
		{"Norway did not comment on the report and condemned the raid on the camp in Tromso.", "raid", graph.Asserted},
		{"Peru said its troops had not shelled the depots near Tacna.", "shelled", graph.Denied},
		{"Peru said the depots were not shelled by Bolivia.", "shelled", graph.Denied},
		// Asking or inviting someone to act puts the act still to come.
		{"The premier invited the Kenyan president to visit Oslo in the spring.", "visit", graph.Possible},
		{"The council called on both sides to agree to a ceasefire in the valley.", "ceasefire", graph.Possible},
		{"Lima asked Quito to hold talks on the border dispute.", "talks", graph.Possible},
		{"The Kenyan president was invited to the summit in Oslo, which opened on Monday.", "summit", graph.Asserted},
		// Readying, requesting, or a modal of starting after the event.
		{"The bloc is preparing new sanctions against the shipping firm.", "sanctions", graph.Possible},
		{"Talks on a border treaty could begin in Quito next month.", "Talks", graph.Possible},
		{"Talks on a border treaty began in Quito on Monday.", "Talks", graph.Asserted},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkModality(t, tt.text, tt.trigger, tt.want)
		})
	}
}
