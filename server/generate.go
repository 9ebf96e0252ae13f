package server

// exec/, model/models_gen.go and the resolver stubs in *.resolvers.go are
// generated from schema/*.graphqls as gqlgen.yml (at the repository root)
// says. Regenerating must change nothing unless the schema or the domain
// types changed; CI checks that.

//go:generate go tool gqlgen generate
