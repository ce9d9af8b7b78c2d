CREATE TABLE IF NOT EXISTS peatmoss_mining_checkpoint (source TEXT PRIMARY KEY, next_token TEXT, items INTEGER NOT NULL, complete INTEGER NOT NULL)
