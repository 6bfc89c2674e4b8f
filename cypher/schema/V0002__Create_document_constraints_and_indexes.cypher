// Documents (issue 14): one node per document, names the graph does not know yet, and a full-text
// index over the documents' titles and text, case- and accent-insensitive ('standard-folding' is
// Lucene's standard analyzer with ASCII folding: "Việt Nam" is found by "viet nam").
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE;
CREATE INDEX document_ingested_at IF NOT EXISTS FOR (d:Document) ON (d.ingestedAt);
CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (d:Document) ON EACH [d.title, d.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
