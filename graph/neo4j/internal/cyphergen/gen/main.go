// Command gen writes the generated Cypher statements and lint schema of
// graph/neo4j into a directory (go generate runs it with -out cypher).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/geokg/geokg/graph/neo4j/internal/cyphergen"
)

func main() {
	out := flag.String("out", "cypher", "directory to write the files into")
	flag.Parse()
	files, err := cyphergen.Generate()
	if err != nil {
		fmt.Fprintln(os.Stderr, "cyphergen:", err)
		os.Exit(1)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(*out, name), files[name], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "cyphergen:", err)
			os.Exit(1)
		}
	}
}
