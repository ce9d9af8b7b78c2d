SELECT d.name, d.url FROM model_to_dataset j JOIN dataset d ON d.id = j.dataset_id
WHERE j.model_id = :model AND d.name IS NOT NULL ORDER BY j.dataset_id
