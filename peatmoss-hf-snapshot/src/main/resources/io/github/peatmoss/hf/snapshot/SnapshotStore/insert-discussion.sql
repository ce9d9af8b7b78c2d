INSERT OR REPLACE INTO hf_snapshot_discussion (model_id, num, listed) VALUES (:model, :num, :listed)
