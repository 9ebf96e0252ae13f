#!/usr/bin/env bash
# Lints every Cypher file of geokg (graph/neo4j/cypher and deploy/neo4j) with
# Neo4j's own parser and semantic analyser. Installs the pinned analyser
# from package-lock.json on first use. Exits non-zero on any problem,
# printing file:line:col: severity: message.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ ! -d "$here/node_modules/@neo4j-cypher/language-support" ]; then
	# The package declares node >= 24 but runs on node 20: the engine
	# warning npm prints is expected.
	(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
cd "$root"
mapfile -t files < <(find graph/neo4j/cypher deploy/neo4j -name '*.cypher' 2>/dev/null | sort)
exec node "$here/lint.mjs" --schema graph/neo4j/cypher/lint-schema.json "${files[@]}"
