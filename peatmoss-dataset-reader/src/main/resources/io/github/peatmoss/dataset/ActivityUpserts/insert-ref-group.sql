INSERT INTO hf_git_ref (model_id) VALUES (:model) RETURNING id
