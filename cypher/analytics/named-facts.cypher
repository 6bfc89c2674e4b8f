// Facts an answer names besides the ones its calculations read (a term's competing figures), with their
// ends: looked up by the element ids the calculations' queries returned with their ids, rather than by
// scanning a hub's tens of thousands of facts for the ids. The id is checked as well: figures kept
// between answers (ResourceCache) come from an earlier transaction.
// :param elementIds => []
// :param ids => []
UNWIND $elementIds AS elementId
MATCH (start:Entity)-[fact]->(end:Entity)
WHERE elementId(fact) = elementId AND fact.id IN $ids
RETURN fact, start, end;
