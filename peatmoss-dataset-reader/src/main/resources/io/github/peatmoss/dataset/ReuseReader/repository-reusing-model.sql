JOIN model_to_reuse_repository l ON l.reuse_repository_id = r.id WHERE l.model_id = :model
