package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/geokg/geokg/examples"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/server"
)

const serveUsage = `
Usage: geokg serve [flags]

Serve answers GraphQL queries about the graph at /graphql, serves a GraphQL
editor at / and a health check at /healthz. With --demo it first loads the
demo articles built into geokg (loading them again changes nothing).

The log line "serving" gives the address actually listened on, which is how
to find the port that --addr 127.0.0.1:0 picked. SIGINT or SIGTERM stops
the server gracefully: requests in progress may finish, then the store is
closed.

Examples:

	geokg serve --demo
	geokg serve --store news.db --addr 0.0.0.0:8080
	GEOKG_ADDR=127.0.0.1:0 geokg serve --demo --store "$(mktemp -d)/demo.db"
`

// shutdownTimeout bounds how long requests in progress may run on after a
// stop signal.
const shutdownTimeout = 10 * time.Second

func (m *Main) runServe(ctx context.Context, args []string) (err error) {
	f := m.newFlagSet("serve", serveUsage)
	f.storeFlag()
	addr := f.String("addr", m.env(envAddr, "127.0.0.1:8080"), "`host:port` to listen on; port 0 picks a free one ($"+envAddr+")")
	demo := f.Bool("demo", false, "load the built-in demo articles into the store first")
	if err := f.parseNoArgs(args); err != nil {
		return err
	}
	log := f.log
	store, err := f.openStore(ctx)
	if err != nil {
		return err
	}
	defer func() {
		closeStore(store, log, &err)
		if err == nil {
			log.Info("stopped")
		}
	}()

	if *demo {
		if err := loadDemo(ctx, store, log); err != nil {
			return err
		}
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{
		Handler:           server.NewHandler(store, server.Options{Logger: log}),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	a := ln.Addr().String()
	log.Info("serving", "addr", a, "url", "http://"+a+"/", "graphql", "http://"+a+"/graphql")

	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down", "timeout", shutdownTimeout)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shut down: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	log.Debug("http server stopped; closing the store")
	return nil
}

// loadDemo loads the articles compiled into the binary.
func loadDemo(ctx context.Context, store graph.Store, log *slog.Logger) error {
	in := &loader.Input{FS: examples.FS(), Paths: []string{examples.Dir}, Logger: log}
	sum, err := newLoader(store, log).Load(ctx, in.Articles(ctx))
	if err != nil {
		return fmt.Errorf("load demo articles: %w", err)
	}
	if sum.Skipped > 0 {
		return fmt.Errorf("load demo articles: %d of them could not be loaded: %w", sum.Skipped, sum.Errors[0])
	}
	log.Info("demo articles loaded", "added", sum.Added, "updated", sum.Updated, "unchanged", sum.Unchanged,
		"entities", sum.After.Entities, "events", sum.After.Events, "relations", sum.After.Relations)
	return nil
}

// closeStore closes the store at the end of a command, reporting a failure
// to close only when the command had none of its own.
func closeStore(s graph.Store, log *slog.Logger, err *error) {
	if cerr := s.Close(); cerr != nil {
		if *err == nil {
			*err = fmt.Errorf("close store: %w", cerr)
		} else {
			log.Error("close store", "err", cerr)
		}
	}
}
