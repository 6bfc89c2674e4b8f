// The database's version and edition (for /actuator/health).
CALL dbms.components() YIELD name, versions, edition
RETURN versions[0] AS version, edition;
