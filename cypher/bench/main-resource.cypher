// The resource an actor's facts involve most often (null when none): the resource the query
// benchmark asks /api/dependencies and /api/influence?resource= about for that actor.
// :param actor => 'country:VN'
OPTIONAL MATCH (:Entity {id: $actor})-[involves:INVOLVES]->(resource:Resource)
WITH resource, count(involves) AS facts
ORDER BY facts DESC, resource.id
LIMIT 1
RETURN resource.id AS resource;
