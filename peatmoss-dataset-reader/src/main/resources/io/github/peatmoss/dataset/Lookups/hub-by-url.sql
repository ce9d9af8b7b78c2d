SELECT id FROM model_hub WHERE url = :url
