// Every source document of the graph, cited or not (the whole-graph FtM export writes each as a Document).
MATCH (s:Source)
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.author AS author, s.date AS date,
       s.url AS url, s.file AS file, s.kind AS kind
ORDER BY s.id;
