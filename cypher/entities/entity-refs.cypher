// Entities by id (to check that they exist and name them); ids no entity has are left out.
// :param ids => ['firm:huawei', 'country:VN']
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
RETURN entity;
