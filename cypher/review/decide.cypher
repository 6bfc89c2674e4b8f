// Records a reviewer's decision on a candidate fact and releases its review lock.
// :param id => 'candidate:0123456789abcdef'
// :param decision => {status: 'accepted', fact: 'fact:doc-0123456789abcdef', decidedBy: 'alice', decidedAt: '2026-01-30T10:00:00Z', reason: null}
MATCH (c:Candidate {id: $id})
SET c.status = $decision.status,
    c.fact = $decision.fact,
    c.decidedBy = $decision.decidedBy,
    c.decidedAt = $decision.decidedAt,
    c.reason = $decision.reason
REMOVE c.reviewLock;
