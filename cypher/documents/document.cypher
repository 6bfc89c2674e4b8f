// One document with its text and how many mentions and candidate facts it has.
// :param id => 'document:0123456789abcdef'
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.title AS title, d.publisher AS publisher, d.author AS author, d.date AS date,
       d.url AS url, d.language AS language, d.contentHash AS contentHash, d.ingestedAt AS ingestedAt,
       d.text AS text,
       COUNT { (d)-[:MENTIONS]->() } AS mentions,
       COUNT { (:Candidate)-[:PROPOSED_IN]->(d) } AS candidates;
