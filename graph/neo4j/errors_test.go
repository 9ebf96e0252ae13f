package neo4j

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestTranslate(t *testing.T) {
	code := func(c string) error { return &neo4j.Neo4jError{Code: c, Msg: "x"} }
	for _, tc := range []struct {
		name string
		err  error
		want error // nil: no kind added
	}{
		{"wrong_password", code("Neo.ClientError.Security.Unauthorized"), graph.ErrUnauthorized},
		{"rate_limited", code("Neo.ClientError.Security.AuthenticationRateLimit"), graph.ErrUnauthorized},
		{"token_expired", &neo4j.TokenExpiredError{Code: "Neo.ClientError.Security.TokenExpired"}, graph.ErrUnauthorized},
		{"unreachable", &neo4j.ConnectivityError{Inner: errors.New("dial tcp: refused")}, graph.ErrUnavailable},
		{"no_database", code("Neo.ClientError.Database.DatabaseNotFound"), graph.ErrUnavailable},
		{"deadlock", code("Neo.TransientError.Transaction.DeadlockDetected"), graph.ErrUnavailable},
		{"constraint", code("Neo.ClientError.Schema.ConstraintValidationFailed"), graph.ErrConflict},
		{"retries_exhausted", &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{code("Neo.TransientError.General.DatabaseUnavailable")}}, graph.ErrUnavailable},
		{"http_port", &neo4j.UsageError{Message: "server responded HTTP. Make sure you are not trying to connect to the http endpoint " +
			"(HTTP defaults to port 7474 whereas BOLT defaults to port 7687)"}, graph.ErrUnavailable},
		{"closed_driver", &neo4j.UsageError{Message: "Trying to create session on closed driver"}, graph.ErrUnavailable},
		{"other_usage", &neo4j.UsageError{Message: "Maximum connection pool cannot be 0"}, nil},
		{"wrapped", fmt.Errorf("stats: %w", &neo4j.ConnectivityError{Inner: errors.New("eof")}), graph.ErrUnavailable},
		{"syntax_is_a_bug", code("Neo.ClientError.Statement.SyntaxError"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := translate(tc.err)
			if !errors.Is(got, tc.err) {
				t.Errorf("translate(%v) = %v, which no longer wraps the driver error", tc.err, got)
			}
			for _, kind := range []error{graph.ErrUnauthorized, graph.ErrUnavailable, graph.ErrConflict} {
				if errors.Is(got, kind) != (kind == tc.want) {
					t.Errorf("translate(%v) = %v: errors.Is(%v) is %v", tc.err, got, kind, !(kind == tc.want))
				}
			}
		})
	}
	for _, err := range []error{nil, context.Canceled, fmt.Errorf("x: %w", graph.ErrNotFound)} {
		if got := translate(err); got != err {
			t.Errorf("translate(%v) = %v, want it unchanged", err, got)
		}
	}
}
