SELECT format FROM output_format WHERE model_id = :model ORDER BY id
