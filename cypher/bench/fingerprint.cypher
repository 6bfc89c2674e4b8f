// A fingerprint of the whole graph, cheap enough for a 10M-relationship world: node counts per
// label, relationship counts per type, and the total length of every relationship's id and
// evidence and every node's id and name. bench/hub_load.py compares it before a kill -9 of the
// service under load and after the restart. (apoc.hashing.fingerprintGraph hashes every property
// too, but took minutes at size L.)
CALL () {
  MATCH (n)
  UNWIND labels(n) AS label
  WITH label, count(*) AS count
  ORDER BY label
  RETURN collect(label + ' ' + count) AS labels
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS count, sum(size(coalesce(r.id, ''))) AS idChars,
       sum(size(coalesce(r.evidence, ''))) AS evidenceChars
  ORDER BY type
  RETURN collect(type + ' ' + count) AS types, sum(count) AS relationships, sum(idChars) AS relationshipIdChars,
         sum(evidenceChars) AS evidenceChars
}
CALL () {
  MATCH (n)
  RETURN count(n) AS nodes, sum(size(coalesce(n.id, ''))) + sum(size(coalesce(n.name, ''))) AS nodeChars
}
RETURN nodes, relationships, labels, types, nodeChars, relationshipIdChars, evidenceChars;
