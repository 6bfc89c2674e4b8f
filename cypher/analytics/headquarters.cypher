// Where firms are headquartered.
// :param ids => ['firm:huawei', 'firm:ericsson']
// :Entity lets the planner seek the ids in the entity_id constraint's index instead of scanning every Firm.
MATCH (firm:Entity:Firm)-[fact:HEADQUARTERED_IN]->(country:Country)
WHERE firm.id IN $ids
RETURN firm.id AS firm, country, fact;
