// Facts that tie actors to a target: directly, or through a firm, facility or project located
// or headquartered in the target. $channels are the relationship types that carry leverage.
// The target's own ties are followed with APOC's expansion by type: a MATCH on type(fact) IN $channels
// reads every relationship of the target (190 000 for a hub of the L world) to keep a few; the
// entities located in it have a handful each.
// Rows carry only what the ranking reads (ids, names, labels; the fact's type, confidence, resource,
// dates, and its element id to read it in full if an answer shows it): a hub has thousands of ties.
// :param target => 'country:VN'
// :param channels => ['AWARDED_CONTRACT_TO', 'SUPPLIES', 'BUILDS', 'OPERATES_IN', 'OPERATES', 'OWNS', 'INVESTS_IN', 'PLANS_INVESTMENT_IN', 'FUNDS', 'TRANSFERS_TECHNOLOGY_TO', 'CONTRACTS_WITH', 'SEEKS_STAKE_IN', 'DEPENDS_ON', 'PARTNER_OF', 'COOPERATES_WITH']
MATCH (target:Entity {id: $target})
CALL (target) {
  CALL apoc.path.expandConfig(target, {relationshipFilter: apoc.text.join($channels, '|'), labelFilter: '>Actor',
                                       minLevel: 1, maxLevel: 1})
  YIELD path
  RETURN last(nodes(path)) AS actor, last(relationships(path)) AS fact, target AS counterpart
  UNION
  MATCH (actor:Actor)-[fact]-(counterpart:Entity)-[:LOCATED_IN|HEADQUARTERED_IN]->(target)
  WHERE type(fact) IN $channels
  RETURN actor, fact, counterpart
}
WITH target, actor, fact, counterpart
WHERE actor <> target AND NOT EXISTS { (actor)-[:HEADQUARTERED_IN]->(target) }
RETURN actor {.id, .name, labels: labels(actor)} AS actor,
       fact {.id, .resource, .confidence, .since, .until, type: type(fact), elementId: elementId(fact)} AS fact,
       counterpart {.id, .name, labels: labels(counterpart)} AS counterpart, startNode(fact) = actor AS actorIsStart;
