// The entities with these ids, with the properties an export carries.
// :param ids => ['bloc:EU', 'firm:huawei']
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n AS node
ORDER BY n.id;
