// Where firms are headquartered: the country, and the fact's id, confidence, dates and element id (to
// read it in full if an answer shows it); a hub's influence asks about thousands of firms.
// :param ids => ['firm:huawei', 'firm:ericsson']
// :Entity lets the planner seek the ids in the entity_id constraint's index instead of scanning every Firm.
MATCH (firm:Entity:Firm)-[fact:HEADQUARTERED_IN]->(country:Country)
WHERE firm.id IN $ids
RETURN firm.id AS firm, country {.id, .name, labels: labels(country)} AS country,
       fact {.id, .confidence, .since, .until, type: type(fact), elementId: elementId(fact)} AS fact;
