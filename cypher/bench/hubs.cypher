// The entities with the most relationships (facts and derived INVOLVES edges), optionally of one
// label only: the hubs whose questions the query benchmark asks at every size.
// :param label => 'Actor'
// :param limit => 3
MATCH (entity:Entity)
WHERE $label IS NULL OR $label IN labels(entity)
WITH entity, COUNT { (entity)-[]-() } AS degree
RETURN entity.id AS id, degree
ORDER BY degree DESC, id
LIMIT $limit;
