// Removes what mark-write.cypher wrote.
MATCH (mark:BenchmarkMark)
DELETE mark;
