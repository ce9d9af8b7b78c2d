SELECT value FROM carbon_emitted WHERE model_id = :model ORDER BY id
