// Candidate facts, by document and status (either may be null), in reading order; one page.
// :param document => null
// :param status => 'proposed'
// :param skip => 0
// :param limit => 50
MATCH (c:Candidate)
WHERE ($document IS NULL OR c.document = $document) AND ($status IS NULL OR c.status = $status)
RETURN c {.*} AS candidate
ORDER BY c.document, c.evidenceStart, c.id
SKIP $skip
LIMIT $limit;
