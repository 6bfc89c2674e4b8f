// Points the candidate facts that name a merged entity at the entity it was merged into.
// :param from => 'firm:old'
// :param into => 'firm:new'
// :param name => 'New'
MATCH (c:Candidate)
WHERE c.startId = $from OR c.endId = $from
SET c.startName = CASE WHEN c.startId = $from THEN $name ELSE c.startName END,
    c.endName = CASE WHEN c.endId = $from THEN $name ELSE c.endName END,
    c.startId = CASE WHEN c.startId = $from THEN $into ELSE c.startId END,
    c.endId = CASE WHEN c.endId = $from THEN $into ELSE c.endId END;
