SELECT count FROM parameter_count WHERE model_id = :model ORDER BY id
