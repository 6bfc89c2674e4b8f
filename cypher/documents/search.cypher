// Documents whose title or text holds the words searched, best first; case- and accent-insensitive.
// The text comes back so that the service can cut a highlighted snippet from it.
// :param query => 'rare AND earths'   (Lucene syntax; the API builds it from q)
// :param offset => 0
// :param limit => 20
CALL db.index.fulltext.queryNodes('document_text', $query, {skip: $offset, limit: $limit}) YIELD node AS d, score
RETURN d.id AS id, d.title AS title, d.publisher AS publisher, d.author AS author, d.date AS date,
       d.url AS url, d.language AS language, d.ingestedAt AS ingestedAt, size(d.text) AS length,
       COUNT { (d)-[:MENTIONS]->() } AS mentions,
       d.text AS text, score;
