// Drops a database the contract suite created (run on the system database).
DROP DATABASE $name IF EXISTS WAIT
