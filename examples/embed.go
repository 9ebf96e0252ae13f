// Package examples holds geokg's demo articles, compiled into the binary so
// that `geokg serve --demo` has something to show on a machine with no files
// and no network.
package examples

import (
	"embed"
	"io/fs"
)

// Dir is the folder of FS that holds the demo articles, and the folder of
// this package on disk that `geokg load examples/articles` reads.
const Dir = "articles"

//go:embed articles
var articles embed.FS

// FS returns the demo articles under Dir.
func FS() fs.FS { return articles }
