INSERT OR IGNORE INTO model_to_reuse_repository (model_id, reuse_repository_id) VALUES (:model, :repository)
