// Where firms are headquartered.
// :param ids => ['firm:huawei', 'firm:ericsson']
MATCH (firm:Firm)-[fact:HEADQUARTERED_IN]->(country:Country)
WHERE firm.id IN $ids
RETURN firm.id AS firm, country, fact;
