SELECT next_token, items, complete FROM peatmoss_mining_checkpoint WHERE source = :source
