// Writes one row of sources.csv to the graph, as import/sources.cypher does for the whole file. A new
// source supports no fact yet: review/fact.cypher counts the facts written for it.
// :param row => {id: 'source:document-0123456789abcdef', title: 'Title', publisher: 'Publisher', date: '2026-01-28', kind: 'news', document: 'document:0123456789abcdef'}
MERGE (s:Source {id: $row.id})
  ON CREATE SET s.factCount = 0
SET s.title = $row.title,
    s.publisher = $row.publisher,
    s.author = $row.author,
    s.date = $row.date,
    s.url = $row.url,
    s.file = $row.file,
    s.kind = $row.kind,
    s.document = $row.document
WITH s
MATCH (d:Document {id: s.document})
MERGE (s)-[:HELD_AS]->(d);
