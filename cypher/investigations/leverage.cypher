// Who has leverage over a country's network: the home states of its foreign vendors, how many
// facts tie each vendor to the network, and what ties each home state to the country
// (partnerships, cooperation, trade, agreements both are party to).
// :param country => 'country:VN'
// :param technology => 'technology:5g'
MATCH (country:Country {id: $country})
CALL (country) {
  MATCH (buyer:Entity)-[r:AWARDED_CONTRACT_TO|EXCLUDES]->(vendor:Firm)
  RETURN buyer, r, vendor
  UNION
  MATCH (vendor:Firm)-[r:SUPPLIES|OPERATES_IN|TRANSFERS_TECHNOLOGY_TO]->(buyer:Entity)
  RETURN buyer, r, vendor
}
WITH country, buyer, r, vendor
WHERE r.resource = $technology
  AND (buyer = country OR (buyer)-[:HEADQUARTERED_IN|OPERATES_IN]->(country))
MATCH (vendor)-[:HEADQUARTERED_IN]->(home:Country)
WHERE home <> country
WITH country, home, collect(DISTINCT vendor.name) AS vendors, count(DISTINCT r) AS networkFacts
OPTIONAL MATCH (home)-[tie:PARTNER_OF|COOPERATES_WITH|TRADES_WITH]-(country)
WITH country, home, vendors, networkFacts,
     collect(DISTINCT type(tie) + coalesce(' (' + coalesce(tie.level, tie.activity) + ')', '')) AS ties
OPTIONAL MATCH (home)-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(country)
RETURN home.name AS homeState,
       vendors,
       networkFacts,
       ties,
       collect(DISTINCT agreement.name) AS sharedAgreements
ORDER BY size(ties) + size(sharedAgreements) DESC, networkFacts DESC, homeState;
