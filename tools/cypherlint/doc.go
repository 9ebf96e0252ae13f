// Package cypherlint holds the check that runs every Cypher file of geokg
// through Neo4j's own parser and semantic analyser (lint.mjs, on the npm
// package @neo4j-cypher/language-support pinned in package-lock.json), and
// its tests. run.sh lints the repository; CI calls it.
package cypherlint
