SELECT 1 FROM hf_snapshot_file WHERE model_id = :model AND commit_sha = :sha LIMIT 1
