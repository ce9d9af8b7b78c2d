SELECT id FROM hf_git_ref WHERE model_id = :model ORDER BY id
