// The status words of the graph ("draft", "signed", "in force"): reports state them, they are not names.
MATCH (s:Status)
RETURN s.id AS id, s.name AS name
ORDER BY id;
