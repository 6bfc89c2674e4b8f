// Benchmark baseline (bench/): what a user could run by hand instead of Lodestone's importer.
// import/sources.cypher, committed in batches instead of in one transaction.
LOAD CSV WITH HEADERS FROM 'file:///sources.csv' AS row
CALL (row) {
  MERGE (s:Source {id: row.id})
  SET s.title = row.title,
      s.publisher = row.publisher,
      s.author = row.author,
      s.date = row.date,
      s.url = row.url,
      s.file = row.file,
      s.kind = row.kind
} IN TRANSACTIONS OF 10000 ROWS;
