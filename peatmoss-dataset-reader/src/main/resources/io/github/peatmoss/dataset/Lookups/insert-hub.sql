INSERT INTO model_hub (name, url) VALUES (:name, :url) RETURNING id
