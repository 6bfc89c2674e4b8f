// Sources linked to the documents Lodestone holds (issue 14): looked up by the document id a source
// names and by url, from either side.
CREATE INDEX source_document IF NOT EXISTS FOR (s:Source) ON (s.document);
CREATE INDEX source_url IF NOT EXISTS FOR (s:Source) ON (s.url);
CREATE INDEX document_url IF NOT EXISTS FOR (d:Document) ON (d.url);
