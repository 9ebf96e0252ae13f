// Command composecheck validates compose files the way docker compose reads
// them, with compose-go (the library docker compose is built on): YAML
// syntax, the compose-spec JSON schema, interpolation and cross-references
// (a depends_on naming no service, a volume never declared). No Docker
// engine is needed, so CI can check docker-compose.yml on any machine.
//
//	cd tools/composecheck && go run . ../../docker-compose.yml
//
// It is a module of its own so that geokg's go.mod carries none of its
// dependencies.
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/compose-spec/compose-go/v2/cli"
)

// Variables the compose file requires; any value will do for a check.
var placeholders = []string{"NEO4J_PASSWORD=composecheck-placeholder"}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: composecheck COMPOSE_FILE...")
		os.Exit(2)
	}
	failed := false
	for _, file := range os.Args[1:] {
		if err := check(context.Background(), file); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", file, err)
			failed = true
			continue
		}
		fmt.Printf("%s: valid\n", file)
	}
	if failed {
		os.Exit(1)
	}
}

func check(ctx context.Context, file string) error {
	abs, err := filepath.Abs(file)
	if err != nil {
		return err
	}
	opts, err := cli.NewProjectOptions([]string{abs},
		cli.WithWorkingDirectory(filepath.Dir(abs)),
		cli.WithEnv(placeholders),
		cli.WithProfiles([]string{"*"}),
	)
	if err != nil {
		return err
	}
	p, err := opts.LoadProject(ctx)
	if err != nil {
		return err
	}
	names := p.ServiceNames()
	slices.Sort(names)
	for _, want := range []string{"geokg", "load", "neo4j"} {
		if !slices.Contains(names, want) {
			return fmt.Errorf("no %s service (services: %v)", want, names)
		}
	}
	return nil
}
