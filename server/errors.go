package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/geokg/geokg/graph"
)

// Error codes clients find in errors[].extensions.code. The first six follow
// the graph error kinds (docs/architecture.md); the limits add their own.
// gqlgen itself sets GRAPHQL_PARSE_FAILED and GRAPHQL_VALIDATION_FAILED.
const (
	CodeNotFound           = "NOT_FOUND"
	CodeBadUserInput       = "BAD_USER_INPUT"
	CodeConflict           = "CONFLICT"
	CodeUnauthenticated    = "UNAUTHENTICATED"
	CodeUnavailable        = "UNAVAILABLE"
	CodeInternal           = "INTERNAL_SERVER_ERROR"
	CodeComplexityExceeded = "COMPLEXITY_LIMIT_EXCEEDED"
	CodeDepthExceeded      = "DEPTH_LIMIT_EXCEEDED"
)

// errorKinds maps graph error kinds to codes. Messages of the first three are
// about the client's own input and are shown as they are; the others are
// about geokg's store, whose addresses and credentials clients must not see.
var errorKinds = []struct {
	kind   error
	code   string
	public string // the message clients see; "" shows the error's own
}{
	{graph.ErrNotFound, CodeNotFound, ""},
	{graph.ErrInvalid, CodeBadUserInput, ""},
	{graph.ErrConflict, CodeConflict, ""},
	{graph.ErrUnauthorized, CodeUnauthenticated, "the store refused geokg's credentials"},
	{graph.ErrUnavailable, CodeUnavailable, "the store is unavailable; try again later"},
	{context.DeadlineExceeded, CodeUnavailable, "the request timed out"},
}

// presentError is the one place an error becomes what a client sees.
// Errors of a graph kind get its code. Errors gqlgen or a limit already
// coded (parse, validation, complexity, depth) pass unchanged. Anything else
// is a fault of geokg's: it is logged in full and the client sees only
// "internal error" with the path it happened at.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		if ctxErr := ctx.Err(); ctxErr != nil && !errors.Is(err, ctxErr) {
			// Drivers report an interrupted call in their own words; the
			// request's context says why it was interrupted.
			err = fmt.Errorf("%w (%w)", err, ctxErr)
		}
		for _, k := range errorKinds {
			if !errors.Is(err, k.kind) {
				continue
			}
			if k.public != "" {
				log.WarnContext(ctx, "graphql: store error", "path", gqlErr.Path.String(), "code", k.code, "err", err)
				gqlErr = &gqlerror.Error{Message: k.public, Path: gqlErr.Path, Locations: gqlErr.Locations}
			}
			setCode(gqlErr, k.code)
			return gqlErr
		}
		if _, coded := gqlErr.Extensions["code"]; coded {
			return gqlErr
		}
		level := slog.LevelError
		if errors.Is(err, context.Canceled) {
			level = slog.LevelDebug // the client went away; nothing is wrong here
		}
		log.Log(ctx, level, "graphql: internal error", "path", gqlErr.Path.String(), "err", err)
		internal := &gqlerror.Error{Message: "internal error", Path: gqlErr.Path, Locations: gqlErr.Locations}
		setCode(internal, CodeInternal)
		return internal
	}
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = make(map[string]any, 1)
	}
	e.Extensions["code"] = code
}

// recoverPanic turns a panic in a resolver into an error of no graph kind,
// which presentError logs, stack included, and shows as an internal error.
// The request, and the server, go on.
func recoverPanic(ctx context.Context, p any) error {
	return fmt.Errorf("panic: %v\n%s", p, debug.Stack())
}
