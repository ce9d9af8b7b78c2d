SELECT value FROM limitation_and_bias WHERE model_id = :model ORDER BY id
