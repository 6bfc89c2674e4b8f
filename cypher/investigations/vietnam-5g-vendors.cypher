// Who builds a country's network for a technology: the foreign vendors that were awarded
// contracts, supply, operate or transfer technology there (or were excluded), each with its
// home country and the fact, dated and sourced.
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
RETURN DISTINCT vendor.name AS vendor,
       home.name AS homeCountry,
       startNode(r).name AS from,
       type(r) AS fact,
       endNode(r).name AS to,
       r.activity AS activity,
       r.since AS asOf,
       r.evidence AS evidence,
       r.sources AS sources
ORDER BY vendor, asOf;
