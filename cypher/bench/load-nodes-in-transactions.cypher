// Benchmark baseline (bench/): import/nodes.cypher, committed in batches instead of in one transaction.
// :param file => 'countries.csv'   :param labels => ['Country', 'Actor']
LOAD CSV WITH HEADERS FROM 'file:///' + $file AS row
CALL (row) {
  MERGE (n:Entity {id: row.id})
  SET n:$($labels)
  SET n.name = row.name,
      n.aliases = CASE WHEN row.aliases IS NULL THEN [] ELSE split(row.aliases, ';') END,
      n.description = row.description,
      n.sources = split(row.sources, ';'),
      n.sector = row.sector,
      n.institutionType = row.institutionType,
      n.facilityType = row.facilityType,
      n.agreementType = row.agreementType,
      n.policyType = row.policyType,
      n.projectType = row.projectType,
      n.date = row.date,
      n.signedDate = row.signedDate,
      n.adoptedDate = row.adoptedDate,
      n.inForceDate = row.inForceDate,
      n.expiryDate = row.expiryDate,
      n.legallyBinding = toBoolean(row.legallyBinding)
} IN TRANSACTIONS OF 10000 ROWS;
