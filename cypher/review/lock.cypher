// Takes the write lock of a candidate fact for a review: a second reviewer of the same candidate
// waits here until the first one's transaction ends, then reads the decided status.
// :param id => 'candidate:0123456789abcdef'
MATCH (c:Candidate {id: $id})
SET c.reviewLock = true
RETURN c.id AS id;
