// An entity by id (to check that it exists and name it).
// :param id => 'firm:huawei'
MATCH (entity:Entity {id: $id})
RETURN entity;
