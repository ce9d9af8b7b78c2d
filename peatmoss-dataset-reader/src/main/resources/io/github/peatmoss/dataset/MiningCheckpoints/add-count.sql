INSERT INTO peatmoss_mining_count (source, name, value) VALUES (:source, :name, :delta)
ON CONFLICT (source, name) DO UPDATE SET value = value + excluded.value
