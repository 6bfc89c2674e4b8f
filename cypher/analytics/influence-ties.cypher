// Ties that give actors leverage over a target (docs/influence.md), scored here rather than shipping
// every fact: a hub of a large graph has thousands of firms tied to it, each with a tie or two.
// A tie is a fact of one of the $channels between an actor and the target, or a firm, facility or
// project located or headquartered in it, with the actor at the channel's end. One term per actor,
// channel and counterpart: the channel's weight × the confidence of its most confident fact.
// The channels' relationship types are written out in both patterns (the same as the keys of $channels,
// which give their weights and ends; InfluenceTest holds the two lists equal): the store then reads only
// relationships of those types, where checking type(fact) IN keys($channels) read every relationship of
// the target (190 000 for a hub of the L world) and of each entity located in it (470 000 at XL) to
// keep a third.
// Returns one row:
//  - listed: the $listed actors with the highest tie scores, the $named ones (they rank on other terms
//    too) and the countries (they get their firms' scores), each with its score and its $terms largest
//    terms (the first $facts facts of each, the one counted first) and the count and sum of the others;
//  - rolledUp: the other actors counted where they are headquartered (a country gets half their
//    score through its firms): per country, how many, their summed scores, and the $terms largest
//    with the facts that place them there.
// Facts carry only what the ranking reads and their element id, to read them in full if shown.
// :param target => 'country:VN'
// :param channels => {AWARDED_CONTRACT_TO: {weight: 0.3, actorEnd: 'END'}, SUPPLIES: {weight: 0.3, actorEnd: 'START'}, BUILDS: {weight: 0.3, actorEnd: 'START'}, OWNS: {weight: 0.3, actorEnd: 'START'}, OPERATES: {weight: 0.2, actorEnd: 'START'}, OPERATES_IN: {weight: 0.2, actorEnd: 'START'}, INVESTS_IN: {weight: 0.2, actorEnd: 'START'}, FUNDS: {weight: 0.2, actorEnd: 'START'}, TRANSFERS_TECHNOLOGY_TO: {weight: 0.2, actorEnd: 'START'}, SEEKS_STAKE_IN: {weight: 0.2, actorEnd: 'START'}, CONTRACTS_WITH: {weight: 0.2, actorEnd: 'EITHER'}, DEPENDS_ON: {weight: 0.5, actorEnd: 'END'}, PLANS_INVESTMENT_IN: {weight: 0.1, actorEnd: 'START'}, PARTNER_OF: {weight: 0.1, actorEnd: 'EITHER'}, COOPERATES_WITH: {weight: 0.1, actorEnd: 'EITHER'}}
// :param confidence => {high: 1.0, medium: 0.75, other: 0.5}
// :param resource => null              (or 'mineral:gallium')
// :param asOf => null                  (or '2024-01-01')
// :param named => []
// :param listed => 60
// :param terms => 10
// :param facts => 10
MATCH (target:Entity {id: $target})
CALL (target) {
  MATCH (target)-[fact:AWARDED_CONTRACT_TO|SUPPLIES|BUILDS|OWNS|OPERATES|OPERATES_IN|INVESTS_IN|FUNDS|TRANSFERS_TECHNOLOGY_TO|SEEKS_STAKE_IN|CONTRACTS_WITH|DEPENDS_ON|PLANS_INVESTMENT_IN|PARTNER_OF|COOPERATES_WITH]-(actor:Actor)
  RETURN actor, fact, target AS counterpart
  UNION
  MATCH (actor:Actor)-[fact:AWARDED_CONTRACT_TO|SUPPLIES|BUILDS|OWNS|OPERATES|OPERATES_IN|INVESTS_IN|FUNDS|TRANSFERS_TECHNOLOGY_TO|SEEKS_STAKE_IN|CONTRACTS_WITH|DEPENDS_ON|PLANS_INVESTMENT_IN|PARTNER_OF|COOPERATES_WITH]-(counterpart:Entity)-[:LOCATED_IN|HEADQUARTERED_IN]->(target)
  RETURN actor, fact, counterpart
}
WITH target, actor, fact, counterpart, $channels[type(fact)] AS channel, startNode(fact) = actor AS actorIsStart
WHERE actor <> target
  AND (channel.actorEnd = 'EITHER' OR (channel.actorEnd = 'START') = actorIsStart)
  AND ($resource IS NULL OR fact.resource = $resource)
  AND ($asOf IS NULL OR ((fact.since IS NULL OR fact.since <= $asOf) AND (fact.until IS NULL OR fact.until >= $asOf)))
WITH target, actor, counterpart, type(fact) AS channel, channel.weight AS weight, fact,
     coalesce($confidence[fact.confidence], $confidence.other) AS confidence
ORDER BY confidence DESC, fact.id
// entities and facts stay references until the few rows returned are projected: a hub of the XL world
// has tens of thousands of tied firms, and maps of them all outgrow a transaction's memory
WITH target, actor, counterpart, channel, weight, max(confidence) AS confidence, collect(fact) AS facts
WITH target, actor, counterpart, channel, facts, weight * confidence AS contribution
ORDER BY contribution DESC, channel, counterpart.id
WITH target, actor, sum(contribution) AS score, count(*) AS termCount,
     collect({channel: channel, counterpart: counterpart, contribution: contribution, facts: facts})[0..$terms] AS terms
// a firm headquartered in the target is part of it (checked once per actor, not per fact)
WHERE NOT EXISTS { (actor)-[:HEADQUARTERED_IN]->(target) }
// ranked by sorting the list rather than every actor's row, which would hold all their terms again
WITH apoc.coll.sortMulti(collect({actor: actor, name: actor.name, id: actor.id, listed: actor.id IN $named OR actor:Country,
                                 score: score, termCount: termCount, terms: terms}), ['score', '^name', '^id']) AS ranked
WITH [i IN range(0, size(ranked) - 1) WHERE i < $listed OR ranked[i].listed | ranked[i]] AS listed,
     [i IN range(0, size(ranked) - 1) WHERE i >= $listed AND NOT ranked[i].listed | ranked[i]] AS others
CALL (others) {
  UNWIND others AS other
  WITH other.actor AS firm, other.score AS score
  MATCH (firm:Firm)-[hq:HEADQUARTERED_IN]->(country:Country)
  WITH country, firm, score, collect(hq) AS facts
  // the largest per country sorted in the list, not a sort of every firm's row
  WITH country, count(*) AS firms, sum(score) AS total,
       apoc.coll.sortMulti(collect({firm: firm, name: firm.name, id: firm.id, score: score, facts: facts}),
                           ['score', '^name', '^id'])[0..$terms] AS top
  RETURN collect({country: country {.id, .name, labels: labels(country)}, firms: firms, score: total,
                  top: [t IN top | {firm: {id: t.firm.id, name: t.firm.name, labels: labels(t.firm)}, score: t.score,
                                    facts: [f IN t.facts | {id: f.id, confidence: f.confidence, since: f.since, until: f.until,
                                                            type: type(f), elementId: elementId(f)}]}]}) AS rolledUp
}
RETURN [x IN listed | {actor: {id: x.actor.id, name: x.actor.name, labels: labels(x.actor)}, score: x.score, termCount: x.termCount,
                       terms: [t IN x.terms | {channel: t.channel, contribution: t.contribution, factCount: size(t.facts),
                                              counterpart: {id: t.counterpart.id, name: t.counterpart.name, labels: labels(t.counterpart)},
                                              facts: [f IN t.facts[0..$facts] | {id: f.id, resource: f.resource, confidence: f.confidence,
                                                                                 since: f.since, until: f.until, type: type(f),
                                                                                 elementId: elementId(f), actorIsStart: startNode(f) = x.actor}]}]}] AS listed,
       rolledUp;
