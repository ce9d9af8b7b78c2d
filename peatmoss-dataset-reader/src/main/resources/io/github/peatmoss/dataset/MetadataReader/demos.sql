SELECT demo FROM demo WHERE model_id = :model ORDER BY id
