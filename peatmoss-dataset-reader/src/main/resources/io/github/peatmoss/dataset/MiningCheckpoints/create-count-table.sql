CREATE TABLE IF NOT EXISTS peatmoss_mining_count (source TEXT NOT NULL, name TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (source, name))
