SELECT value FROM hyper_parameters WHERE model_id = :model ORDER BY id
