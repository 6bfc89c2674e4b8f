// Every entity id, in a fixed order: the query benchmark draws its path endpoints from these.
MATCH (entity:Entity)
RETURN entity.id AS id
ORDER BY id;
