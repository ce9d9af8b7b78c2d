WHERE f.model_id = :model
