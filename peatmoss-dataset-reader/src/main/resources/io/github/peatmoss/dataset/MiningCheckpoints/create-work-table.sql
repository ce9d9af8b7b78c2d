CREATE TABLE IF NOT EXISTS peatmoss_mining_work (source TEXT NOT NULL, list TEXT NOT NULL, position INTEGER NOT NULL, item TEXT NOT NULL, PRIMARY KEY (source, list, position))
