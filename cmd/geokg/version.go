package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/geokg/geokg/loader/extract"
)

const versionUsage = `
Usage: geokg version

Version prints geokg's version, the extractor's version (part of every
article's fingerprint: a new one re-reads stored articles on the next load)
and the Go version it was built with.
`

// version is set at build time for releases:
//
//	go build -ldflags "-X main.version=v1.2.0" ./cmd/geokg
var version = ""

func (m *Main) runVersion(ctx context.Context, args []string) error {
	f := m.newFlagSet("version", versionUsage)
	if err := f.parseNoArgs(args); err != nil {
		return err
	}
	_, err := fmt.Fprintf(m.Stdout, "geokg %s\nextractor %s\n%s %s/%s\n",
		buildVersion(), extract.New().Version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return err
}

// buildVersion is the -X version, else the module version and VCS revision
// Go recorded in the binary, else "devel".
func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+dirty"
			}
		}
	}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		v += " (" + rev + modified + ")"
	}
	return v
}
