// Command geokg turns news articles into a knowledge graph of who did what to
// whom, when and where, and serves it over GraphQL.
//
// Run "geokg help" for the commands; docs/cli.md describes them in full.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// The first signal cancels ctx so that commands finish cleanly; stop then
	// restores the default handling, so a second signal kills at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	m := NewMain()
	err := m.Run(ctx, os.Args[1:])
	os.Exit(m.ExitCode(ctx, err)) // before stop, which would cancel ctx and read as an interruption
}
