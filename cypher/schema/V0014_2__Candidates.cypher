// Candidate facts proposed from documents (issue 14): one node each, looked up by id and listed by document.
CREATE CONSTRAINT candidate_id IF NOT EXISTS FOR (c:Candidate) REQUIRE c.id IS UNIQUE;
CREATE INDEX candidate_document IF NOT EXISTS FOR (c:Candidate) ON (c.document, c.status);
