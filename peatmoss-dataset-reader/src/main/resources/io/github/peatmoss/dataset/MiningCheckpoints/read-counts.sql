SELECT name, value FROM peatmoss_mining_count WHERE source = :source ORDER BY name
