// Removes the undecided candidates of a document that a new proposal run no longer makes.
// :param document => 'document:0123456789abcdef'
// :param ids => ['candidate:...']
MATCH (c:Candidate {document: $document})
WHERE c.status = 'proposed' AND NOT c.id IN $ids
DETACH DELETE c;
