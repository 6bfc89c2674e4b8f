// The metadata of a document, for the source row of a fact accepted from it.
// :param id => 'document:0123456789abcdef'
MATCH (d:Document {id: $id})
RETURN d {.id, .title, .publisher, .author, .date, .url, ingestedAt: toString(d.ingestedAt)} AS document;
