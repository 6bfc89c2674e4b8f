// How many candidate facts match a listing (see list.cypher).
// :param document => null
// :param status => 'proposed'
MATCH (c:Candidate)
WHERE ($document IS NULL OR c.document = $document) AND ($status IS NULL OR c.status = $status)
RETURN count(c) AS total;
