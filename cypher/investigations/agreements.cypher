// The agreements a country takes part in, as of a day: the status each had then (the latest
// HAS_STATUS fact dated on or before $asOf; an undated one always counts), who was party to it
// then and what it covers.
// :param country => 'country:VN'
// :param asOf => '2026-01-29'         (try '2026-01-28': the joint statement is still a draft)
MATCH (country:Country {id: $country})-[:PARTY_TO|SIGNED|RATIFIED]->(agreement:Agreement)
WITH DISTINCT agreement
OPTIONAL MATCH (agreement)-[s:HAS_STATUS]->(status:Status)
  WHERE s.since IS NULL OR s.since <= $asOf
WITH agreement, status, s
ORDER BY s.since DESC
WITH agreement, collect({status: status.name, since: s.since})[0] AS latest
OPTIONAL MATCH (party:Entity)-[p:PARTY_TO]->(agreement)
  WHERE p.since IS NULL OR p.since <= $asOf
WITH agreement, latest, party
ORDER BY party.name
WITH agreement, latest, collect(DISTINCT party.name) AS parties
OPTIONAL MATCH (agreement)-[c:COVERS]->(covered:Entity)
  WHERE c.since IS NULL OR c.since <= $asOf
WITH agreement, latest, parties, covered
ORDER BY covered.name
RETURN agreement.name AS agreement,
       agreement.id AS id,
       latest.status AS status,
       latest.since AS statusSince,
       parties,
       collect(DISTINCT covered.name) AS covers
ORDER BY agreement;
