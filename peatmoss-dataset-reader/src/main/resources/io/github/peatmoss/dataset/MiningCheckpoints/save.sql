INSERT INTO peatmoss_mining_checkpoint (source, next_token, items, complete) VALUES (:source, :next, :items, :complete)
ON CONFLICT (source) DO UPDATE SET next_token = excluded.next_token, items = excluded.items, complete = excluded.complete
