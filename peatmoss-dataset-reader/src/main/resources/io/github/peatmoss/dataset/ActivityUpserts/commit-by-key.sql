SELECT id FROM hf_commit WHERE model_id = :model AND commit_id = :commitId ORDER BY id
