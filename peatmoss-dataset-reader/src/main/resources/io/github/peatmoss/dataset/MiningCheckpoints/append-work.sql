INSERT INTO peatmoss_mining_work (source, list, position, item) VALUES (:source, :list, :position, :item)
