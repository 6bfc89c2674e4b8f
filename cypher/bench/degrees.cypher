// Entities by number of facts, most connected first ($descending) or least connected first
// (at least one fact): the hubs and leaves of the benchmark's worst-case path queries.
// :param descending => true
// :param limit => 10
MATCH (entity:Entity)
WITH entity, COUNT { (entity)-[]-() } AS degree
WHERE degree > 0
RETURN entity.id AS id, degree
ORDER BY CASE WHEN $descending THEN -degree ELSE degree END, id
LIMIT $limit;
