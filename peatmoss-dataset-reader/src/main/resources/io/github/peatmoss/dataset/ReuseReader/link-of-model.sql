WHERE l.model_id = :model
