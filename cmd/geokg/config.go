package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// Environment variables, each the fallback of a flag (docs/architecture.md,
// Configuration).
const (
	envStore    = "GEOKG_STORE"
	envAddr     = "GEOKG_ADDR"
	envLogLevel = "GEOKG_LOG_LEVEL"
)

// flagSet is a subcommand's flags with geokg's conventions: a flag beats
// its GEOKG_* variable, which beats the default; flags may come before or
// after the arguments; every command takes --log-level.
type flagSet struct {
	*flag.FlagSet
	m        *Main
	name     string
	logLevel string
	store    string
	level    slog.Level
	log      *slog.Logger // set by parse
}

// newFlagSet returns the flag set of command name. usage is the text shown
// above the flags by -h: a synopsis, a sentence or two, and examples.
func (m *Main) newFlagSet(name, usage string) *flagSet {
	f := &flagSet{FlagSet: flag.NewFlagSet("geokg "+name, flag.ContinueOnError), m: m, name: name}
	f.SetOutput(m.Stderr)
	f.Usage = func() {
		fmt.Fprint(f.Output(), strings.TrimLeft(usage, "\n"))
		fmt.Fprintln(f.Output(), "\nFlags:")
		f.PrintDefaults()
	}
	f.StringVar(&f.logLevel, "log-level", m.env(envLogLevel, "info"), "log `level`: debug, info, warn or error ($"+envLogLevel+")")
	return f
}

// storeFlag adds --store, for commands that use a store.
func (f *flagSet) storeFlag() {
	f.StringVar(&f.store, "store", f.m.env(envStore, ""),
		"the store: a SQLite file path (default ./"+defaultStore+"), sqlite:PATH, or a neo4j:// or bolt:// URI ($"+envStore+")")
}

// env returns the environment variable key, or def when it is unset or empty.
func (m *Main) env(key, def string) string {
	if v := m.Getenv(key); v != "" {
		return v
	}
	return def
}

// parse parses args, letting flags follow arguments ("geokg load dir
// --strict"), sets up the logger --log-level asks for, and returns the
// arguments. Everything after "--" is an argument.
func (f *flagSet) parse(args []string) ([]string, error) {
	var pos []string
	for {
		if err := f.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errReported // the flag package has printed it
		}
		rest := f.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	if err := f.level.UnmarshalText([]byte(f.logLevel)); err != nil {
		return nil, f.usageErr("--log-level %q: want debug, info, warn or error", f.logLevel)
	}
	f.log = f.loggerTo(f.m.Stderr)
	return pos, nil
}

// loggerTo returns a logger at the --log-level that writes text lines to w.
func (f *flagSet) loggerTo(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: f.level}))
}

// parseNoArgs is parse for commands that take flags only.
func (f *flagSet) parseNoArgs(args []string) error {
	rest, err := f.parse(args)
	if err == nil && len(rest) > 0 {
		err = f.usageErr("unexpected argument %q", rest[0])
	}
	return err
}

func (f *flagSet) usageErr(format string, args ...any) error {
	return &usageError{cmd: f.name, msg: fmt.Sprintf(format, args...)}
}
