DELETE FROM peatmoss_mining_work WHERE source = :source
