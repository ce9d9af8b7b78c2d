SELECT COUNT(*) FROM peatmoss_mining_work WHERE source = :source AND list = :list
