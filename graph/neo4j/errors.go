package neo4j

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// translate gives a driver error the graph error kind callers test for. It
// is the one place that knows the driver's error types and Neo4j's status
// codes; errors that already carry a kind, context errors and nil pass
// through unchanged.
func translate(err error) error {
	if err == nil || graph.ErrorKind(err) != nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if kind := kindOf(err); kind != nil {
		return fmt.Errorf("%w: %w", kind, err)
	}
	return err
}

func kindOf(err error) error {
	var ne *neo4j.Neo4jError
	var ce *neo4j.ConnectivityError
	var te *neo4j.TokenExpiredError
	var ae *neo4j.InvalidAuthenticationError
	var le *neo4j.TransactionExecutionLimit
	var ue *neo4j.UsageError
	switch {
	case errors.As(err, &te), errors.As(err, &ae):
		return graph.ErrUnauthorized
	case errors.As(err, &ne):
		return codeKind(ne.Code)
	case errors.As(err, &ce):
		return graph.ErrUnavailable
	case errors.As(err, &le):
		// The driver gave up retrying: the kind is that of the last failure,
		// and a transient failure that outlasts the retries is unavailability.
		if len(le.Errors) > 0 {
			if k := kindOf(le.Errors[len(le.Errors)-1]); k != nil {
				return k
			}
		}
		return graph.ErrUnavailable
	case errors.As(err, &ue):
		msg := strings.ToLower(ue.Message)
		switch {
		case strings.Contains(msg, "closed"):
			return graph.ErrUnavailable
		case strings.Contains(msg, "server responded http"):
			// The URI names an HTTP port (Neo4j Browser's, 7474, or
			// another web server) instead of Bolt's: nothing geokg can
			// talk to answers there.
			return graph.ErrUnavailable
		}
	}
	return nil
}

// codeKind maps Neo4j status codes (Neo.Classification.Category.Title).
func codeKind(code string) error {
	switch code {
	case "Neo.ClientError.Security.Unauthorized",
		"Neo.ClientError.Security.AuthenticationRateLimit",
		"Neo.ClientError.Security.CredentialsExpired",
		"Neo.ClientError.Security.TokenExpired",
		"Neo.ClientError.Security.Forbidden",
		"Neo.ClientError.Security.AuthorizationExpired":
		return graph.ErrUnauthorized
	case "Neo.ClientError.Schema.ConstraintValidationFailed":
		return graph.ErrConflict
	case "Neo.ClientError.Database.DatabaseNotFound",
		"Neo.TransientError.General.DatabaseUnavailable":
		return graph.ErrUnavailable
	}
	if strings.HasPrefix(code, "Neo.TransientError.") {
		return graph.ErrUnavailable
	}
	return nil
}
