// Facts that tie actors to a target: directly, or through a firm, facility or project located
// or headquartered in the target. $channels are the relationship types that carry leverage.
// :param target => 'country:VN'
// :param channels => ['AWARDED_CONTRACT_TO', 'SUPPLIES', 'BUILDS', 'OPERATES_IN', 'OPERATES', 'OWNS', 'INVESTS_IN', 'PLANS_INVESTMENT_IN', 'FUNDS', 'TRANSFERS_TECHNOLOGY_TO', 'CONTRACTS_WITH', 'SEEKS_STAKE_IN', 'DEPENDS_ON', 'PARTNER_OF', 'COOPERATES_WITH']
MATCH (target:Entity {id: $target})
CALL (target) {
  MATCH (actor:Actor)-[fact]-(target)
  WHERE type(fact) IN $channels
  RETURN actor, fact, target AS counterpart, null AS via
  UNION
  MATCH (actor:Actor)-[fact]-(counterpart:Entity)-[via:LOCATED_IN|HEADQUARTERED_IN]->(target)
  WHERE type(fact) IN $channels AND actor <> target
  RETURN actor, fact, counterpart, via
}
WITH target, actor, fact, counterpart, via
WHERE actor <> target AND NOT EXISTS { (actor)-[:HEADQUARTERED_IN]->(target) }
RETURN actor, fact, counterpart, via, startNode(fact) = actor AS actorIsStart;
