SELECT id FROM model_hub WHERE name = :name
