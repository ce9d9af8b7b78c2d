SELECT base_model_name, base_model_url, base_model_id FROM model_to_base_model
WHERE model_id = :model ORDER BY rowid
