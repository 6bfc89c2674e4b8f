// Facts in full by their element ids: those an answer shows of the facts the calculations read with
// only the properties they need (their ends are known already).
// :param elementIds => []
UNWIND $elementIds AS elementId
MATCH ()-[fact]->()
WHERE elementId(fact) = elementId
RETURN fact;
