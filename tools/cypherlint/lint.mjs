// Lints Cypher files with Neo4j's own parser and semantic analyser
// (@neo4j-cypher/language-support), in one node process.
//
//   node lint.mjs --schema graph/neo4j/cypher/lint-schema.json FILE...
//
// Prints file:line:col: severity: message for every diagnostic and exits 1
// when there is any. Warnings fail too: with the schema's labels,
// relationship types and property keys declared, a warning means a misspelt
// name or a deprecated form, both worth fixing before they reach a server.
// Parameters are not declared, so "parameter not defined" is dropped.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, isNotParamError, testData } from '@neo4j-cypher/language-support';

function usage(msg) {
  if (msg) console.error(`cypherlint: ${msg}`);
  console.error('usage: node lint.mjs [--schema schema.json] FILE...');
  process.exit(2);
}

const args = process.argv.slice(2);
let schemaPath;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--schema') {
    schemaPath = args[++i];
    if (!schemaPath) usage('--schema needs a file');
  } else if (args[i].startsWith('-')) {
    usage(`unknown flag ${args[i]}`);
  } else {
    files.push(args[i]);
  }
}
if (files.length === 0) usage('no files');

// The package ships the function and procedure registries of a real Neo4j
// server (its testData). Only built-in functions and db.*/dbms.*/tx.*
// procedures are kept: geokg needs no plugin, so an APOC or GDS call is an
// error, as is a misspelt built-in.
function builtins(registry, keep) {
  const out = {};
  for (const [version, entries] of Object.entries(registry)) {
    out[version] = Object.fromEntries(Object.entries(entries).filter(([name, e]) => keep(name, e)));
  }
  return out;
}
const plugin = (name) => /^(apoc|gds|genai)\./.test(name);
const dbSchema = {
  functions: builtins(testData.mockSchema.functions, (name, f) => f.isBuiltIn !== false && !plugin(name)),
  procedures: builtins(testData.mockSchema.procedures, (name) => /^(db|dbms|tx)\./.test(name)),
  labels: [],
  relationshipTypes: [],
  propertyKeys: [],
};
if (schemaPath) {
  const s = JSON.parse(readFileSync(schemaPath, 'utf8'));
  dbSchema.labels = s.labels ?? [];
  dbSchema.relationshipTypes = s.relationshipTypes ?? [];
  dbSchema.propertyKeys = s.propertyKeys ?? [];
}

const severity = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
let problems = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`${file}: ${err.message}`);
    problems++;
    continue;
  }
  if (text.trim() === '') {
    console.log(`${file}:1:1: error: empty file`);
    problems++;
    continue;
  }
  const { diagnostics } = lintCypherQuery(text, dbSchema);
  for (const d of diagnostics.filter(isNotParamError)) {
    const { line, character } = d.range.start;
    const msg = d.message.replace(/\s*\n\s*/g, ' ');
    console.log(`${file}:${line + 1}:${character + 1}: ${severity[d.severity] ?? 'error'}: ${msg}`);
    problems++;
  }
}
if (problems > 0) {
  console.error(`cypherlint: ${problems} problem(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.error(`cypherlint: ${files.length} file(s) clean`);
