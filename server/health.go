package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/geokg/geokg/graph"
)

// healthTimeout bounds the store check, so a hung backend fails the check
// instead of hanging the prober.
const healthTimeout = 2 * time.Second

// pinger is implemented by stores that can check their connection more
// cheaply than by reading.
type pinger interface {
	Ping(ctx context.Context) error
}

// health answers 200 {"status":"ok"} while the store answers a read, and
// 503 {"status":"unavailable"} otherwise. The reason is logged, not shown:
// it may name the store's address.
func health(s graph.Store, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), healthTimeout)
		defer cancel()
		status, body := http.StatusOK, "ok"
		if err := checkStore(ctx, s); err != nil {
			log.WarnContext(ctx, "healthz: store check failed", "err", err)
			status, body = http.StatusServiceUnavailable, "unavailable"
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(map[string]string{"status": body})
	})
}

// checkStore asks the store for one entity by a well-formed id: an indexed
// read every backend answers quickly, found or not.
func checkStore(ctx context.Context, s graph.Store) error {
	if p, ok := s.(pinger); ok {
		return p.Ping(ctx)
	}
	_, err := s.Entities(ctx, []string{graph.CountryID("ZZ")})
	return err
}
