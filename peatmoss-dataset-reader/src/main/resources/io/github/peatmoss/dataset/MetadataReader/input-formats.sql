SELECT format FROM input_format WHERE model_id = :model ORDER BY id
