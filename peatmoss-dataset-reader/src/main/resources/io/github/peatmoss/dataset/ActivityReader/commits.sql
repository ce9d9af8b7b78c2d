SELECT id, commit_id, created_at, title, message FROM hf_commit WHERE model_id = :model ORDER BY id
