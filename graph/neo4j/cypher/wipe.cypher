// Deletes every node and relationship, keeping the schema. Tests use it to
// give each test an empty database on Community Edition, which has one.
MATCH (n)
DETACH DELETE n
