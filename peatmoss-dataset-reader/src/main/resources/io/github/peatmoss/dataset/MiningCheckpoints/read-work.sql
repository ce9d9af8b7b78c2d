SELECT item FROM peatmoss_mining_work WHERE source = :source AND list = :list AND position >= :from ORDER BY position LIMIT :limit
