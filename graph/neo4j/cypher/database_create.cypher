// Creates an empty database (Enterprise Edition; run on the system
// database). The contract suite gives each store one.
CREATE DATABASE $name IF NOT EXISTS WAIT
