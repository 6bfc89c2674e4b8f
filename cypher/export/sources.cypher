// Every source document of the graph, cited or not (the whole-graph FtM export writes each as a Document),
// with the document id its row declares (the files' value, held by Lodestone or not).
MATCH (s:Source)
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.author AS author, s.date AS date,
       s.url AS url, s.file AS file, s.kind AS kind, s.document AS document
ORDER BY s.id;
