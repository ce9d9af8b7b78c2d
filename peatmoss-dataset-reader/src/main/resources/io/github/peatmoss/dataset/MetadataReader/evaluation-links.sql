SELECT url FROM evaluation_link WHERE model_id = :model ORDER BY id
