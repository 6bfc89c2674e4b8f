// Sets the embedded database's password (system database) when authentication is on.
// :param password => 'choose-your-own'
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED;
