// Loads the documents behind every fact from sources.csv in Neo4j's import directory.
// Idempotent: run again and nothing changes.
LOAD CSV WITH HEADERS FROM 'file:///sources.csv' AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title,
    s.publisher = row.publisher,
    s.author = row.author,
    s.date = row.date,
    s.url = row.url,
    s.file = row.file,
    s.kind = row.kind,
    s.document = row.document;
