// Facts in full by their element ids, with both ends: those an answer shows of the facts the
// calculations read with only the properties they need.
// :param elementIds => []
UNWIND $elementIds AS elementId
MATCH (start)-[fact]->(end)
WHERE elementId(fact) = elementId
RETURN fact, start, end;
