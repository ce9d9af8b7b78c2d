DELETE FROM hf_snapshot_discussion WHERE model_id = :model
