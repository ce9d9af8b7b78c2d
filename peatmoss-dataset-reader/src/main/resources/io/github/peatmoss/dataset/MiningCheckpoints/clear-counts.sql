DELETE FROM peatmoss_mining_count WHERE source = :source
