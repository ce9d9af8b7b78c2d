INSERT OR IGNORE INTO reuse_file (path, model_id, reuse_repository_id) VALUES (:path, :model, :repository)
