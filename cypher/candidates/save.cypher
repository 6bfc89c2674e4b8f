// Stores the candidate facts proposed from one document; run again, it changes nothing.
// :param document => 'document:0123456789abcdef'
// :param candidates => [{id: 'candidate:...', status: 'proposed', type: 'PRODUCES', startId: 'country:VN', ...}]
MERGE (d:Document {id: $document})
WITH d
UNWIND $candidates AS candidate
MERGE (c:Candidate {id: candidate.id})
SET c = candidate
MERGE (c)-[:PROPOSED_IN]->(d);
