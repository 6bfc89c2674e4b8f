// Documents, most recently ingested first, one page at a time; total counts them all.
// :param offset => 0
// :param limit => 20
MATCH (d:Document)
WITH d ORDER BY d.ingestedAt DESC, d.id
SKIP $offset LIMIT $limit
RETURN d.id AS id, d.title AS title, d.publisher AS publisher, d.author AS author, d.date AS date,
       d.url AS url, d.language AS language, d.ingestedAt AS ingestedAt, size(d.text) AS length,
       COUNT { (d)-[:MENTIONS]->() } AS mentions,
       COUNT { (:Document) } AS total;
