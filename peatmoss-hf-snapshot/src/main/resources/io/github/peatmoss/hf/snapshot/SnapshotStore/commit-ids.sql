SELECT commit_id FROM hf_commit WHERE model_id = :model
