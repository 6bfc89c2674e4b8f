// Counts again, in one pass over the facts, how many facts each source supports and stores it as
// the source's `factCount`, which sources/list.cypher reads instead of scanning every fact for
// every source. Run at the end of every import (online and bulk); the review's writes keep the
// count up to date fact by fact (review/fact.cypher, review/merge-delete.cypher). Derived INVOLVES
// edges copy their fact's sources but are not facts: only relationships with a `fact:` id count.
MATCH (s:Source)
SET s.factCount = 0
WITH count(*) AS reset
MATCH ()-[r]->()
WHERE r.id STARTS WITH 'fact:'
UNWIND apoc.coll.toSet(r.sources) AS id
WITH id, count(*) AS facts
MATCH (s:Source {id: id})
SET s.factCount = facts;
