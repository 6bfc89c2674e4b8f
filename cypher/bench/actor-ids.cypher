// Every actor id, in a fixed order: the query benchmark draws the actors of its hub questions
// (influence, dependencies) from these.
MATCH (actor:Actor)
RETURN actor.id AS id
ORDER BY id;
