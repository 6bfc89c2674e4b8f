// One candidate fact by id.
// :param id => 'candidate:0123456789abcdef'
MATCH (c:Candidate {id: $id})
RETURN c {.*} AS candidate;
