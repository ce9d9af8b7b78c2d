-- A minimal model row (id and hub) that a later upsert of the model fills in.
INSERT INTO model (context_id, model_hub_id) VALUES (:contextId, (SELECT id FROM model_hub WHERE name = :hub))
RETURNING id
