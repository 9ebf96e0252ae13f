package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"
)

// Exit codes; docs/cli.md lists them for scripts.
const (
	exitOK          = 0
	exitError       = 1
	exitUsage       = 2
	exitSkipped     = 3   // the command finished, but some inputs could not be read or extracted
	exitInterrupted = 130 // stopped by SIGINT or SIGTERM before finishing (128 + SIGINT, as shells report)
)

// errSkipped says that a command did its work on every input it could read,
// and skipped the others (which it has already reported).
var errSkipped = errors.New("some inputs were skipped")

// usageError is a mistake in the command line. Its message is printed with a
// pointer to the command's help.
type usageError struct {
	cmd string
	msg string
}

func (e *usageError) Error() string { return e.msg }

// errReported is a usage error the flag package has already printed.
var errReported = errors.New("usage error reported")

// Main is the geokg program with its environment made explicit, so tests run
// it in-process with their own streams and environment.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads configuration from the environment.
	Getenv func(string) string
	// StderrIsTerminal turns on the progress bar.
	StderrIsTerminal bool

	// neo4jConnectTimeout replaces the default connection deadline, so a
	// test of a server that never answers takes a moment, not 20 seconds.
	neo4jConnectTimeout time.Duration
}

// NewMain returns a Main wired to the process's streams and environment.
func NewMain() *Main {
	return &Main{
		Stdin:            os.Stdin,
		Stdout:           os.Stdout,
		Stderr:           os.Stderr,
		Getenv:           os.Getenv,
		StderrIsTerminal: term.IsTerminal(int(os.Stderr.Fd())),
	}
}

// command is one subcommand: one entry here and one file beside this one.
type command struct {
	name    string
	summary string
	run     func(m *Main, ctx context.Context, args []string) error
}

func commands() []command {
	return []command{
		{"extract", "print what geokg extracts from articles, as JSON Lines", (*Main).runExtract},
		{"load", "extract articles and write them to the store", (*Main).runLoad},
		{"serve", "serve the graph over GraphQL", (*Main).runServe},
		{"stats", "count what the store holds", (*Main).runStats},
		{"eval", "score the extractor against gold-annotated articles", (*Main).runEval},
		{"merges", "list or undo the merges of names and events across articles", (*Main).runMerges},
		{"migrate", "create the store's schema or bring it up to date", (*Main).runMigrate},
		{"export", "write the whole graph as neo4j-admin import files or JSON Lines", (*Main).runExport},
		{"import", "read a JSON Lines export into the store", (*Main).runImport},
		{"copy", "copy every article and merge from one store to another", (*Main).runCopy},
		{"version", "print the version of geokg and its extractor", (*Main).runVersion},
	}
}

// Run runs the command line args (without the program name).
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		m.usage(m.Stderr)
		return errReported
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 && rest[0] != "" {
			return m.Run(ctx, []string{rest[0], "-h"})
		}
		m.usage(m.Stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(m, ctx, rest)
		}
	}
	return &usageError{msg: fmt.Sprintf("unknown command %q", name)}
}

func (m *Main) usage(w io.Writer) {
	var b strings.Builder
	b.WriteString("geokg turns news articles into a knowledge graph and serves it over GraphQL.\n\n")
	b.WriteString("Usage:\n\n\tgeokg <command> [flags] [arguments]\n\nCommands:\n\n")
	for _, c := range commands() {
		fmt.Fprintf(&b, "\t%-8s %s\n", c.name, c.summary)
	}
	b.WriteString("\nRun \"geokg <command> -h\" for a command's flags and examples.\n")
	io.WriteString(w, b.String())
}

// ExitCode reports err (when there is anything to say) and returns the
// process's exit status. ctx is the signal context: a command that failed
// because it was cancelled was interrupted.
func (m *Main) ExitCode(ctx context.Context, err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errReported):
		return exitUsage
	case errors.As(err, &ue):
		cmd := "geokg"
		if ue.cmd != "" {
			cmd += " " + ue.cmd
		}
		fmt.Fprintf(m.Stderr, "%s: %s\nRun '%s -h' for usage.\n", cmd, ue.msg, cmd)
		return exitUsage
	case errors.Is(err, errSkipped):
		return exitSkipped
	case ctx.Err() != nil:
		fmt.Fprintf(m.Stderr, "geokg: %v\n", err)
		return exitInterrupted
	}
	fmt.Fprintf(m.Stderr, "geokg: %v\n", err)
	return exitError
}
