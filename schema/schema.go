// Package schema holds geokg's GraphQL schema, one file per noun. The files
// are the API's documentation as much as its contract: every type, field,
// argument and enum value carries a description. gqlgen reads them to
// generate the server (see gqlgen.yml); FS embeds them for tools and tests
// that need the schema text at run time.
package schema

import "embed"

// FS holds every *.graphqls file of the schema.
//
//go:embed *.graphqls
var FS embed.FS
