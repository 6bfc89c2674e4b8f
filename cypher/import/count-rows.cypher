// How many data rows the server reads from an import file, e.g. :param file => 'relationships.csv'
LOAD CSV WITH HEADERS FROM 'file:///' + $file AS row
RETURN count(row) AS rows;
