-- A minimal model row that a later upsertModel fills in.
INSERT INTO model (context_id, model_hub_id) VALUES (:contextId, :hub)
