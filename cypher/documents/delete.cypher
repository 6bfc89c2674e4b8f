// Removes documents whose files are gone (the files are the source of truth), with their mentions.
// :param ids => ['document:0123456789abcdef']
MATCH (d:Document)
WHERE d.id IN $ids
DETACH DELETE d;
