// Derives the resource edges: every fact with a `resource` property (a supply, an import, a
// contract, a restriction, a cooperation ...) gets an INVOLVES relationship from each of its two
// ends to that resource, so that expanding the resource reaches every actor a fact about it
// involves, and paths can pass through it. The `resource` property stays the one source of truth:
// this runs after every import and changes only what differs (docs/model.md, "Resources and third
// participants"). An INVOLVES carries its fact's id (`fact`), type (`relation`), the end it comes
// from (`role`), provenance and time, so it answers "why" like its fact; its own `id` starts with
// `involves:`, never `fact:`, so fact counts, exports and analytics do not count it twice.
// A merge changes a few facts only: it passes them as $facts and this derives theirs alone, each found
// from its start entity; an import passes null and this derives every fact's.
// :param facts => null   (every fact; or [{id: 'fact:...', start: 'firm:nokia'}]: only these facts)
CALL () {
  WITH $facts AS facts
  WHERE facts IS NULL
  MATCH (a:Entity)-[fact]->(b:Entity)
  WHERE fact.id STARTS WITH 'fact:' AND fact.resource IS NOT NULL
  RETURN a, fact, b
  UNION ALL
  UNWIND $facts AS changed
  MATCH (a:Entity {id: changed.start})-[fact]->(b:Entity)
  WHERE fact.id = changed.id AND fact.resource IS NOT NULL
  RETURN a, fact, b
}
MATCH (resource:Resource {id: fact.resource})
UNWIND [{role: 'start', actor: a}, {role: 'end', actor: b}] AS end
WITH fact, resource, end.role AS role, end.actor AS actor
WHERE actor <> resource
MERGE (actor)-[derived:INVOLVES {id: 'involves:' + substring(fact.id, 5) + ':' + role}]->(resource)
SET derived.fact = fact.id,
    derived.relation = type(fact),
    derived.role = role,
    derived.activity = fact.activity,
    derived.sources = fact.sources,
    derived.evidence = fact.evidence,
    derived.confidence = fact.confidence,
    derived.origin = fact.origin,
    derived.date = fact.date,
    derived.validFrom = fact.validFrom,
    derived.validTo = fact.validTo,
    derived.year = fact.year,
    derived.since = fact.since,
    derived.until = fact.until;
