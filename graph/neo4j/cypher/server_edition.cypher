// The server's edition, "community" or "enterprise": the contract suite
// gives each store a database of its own where the edition allows it.
CALL dbms.components() YIELD name, edition
WHERE name = 'Neo4j Kernel'
RETURN edition
