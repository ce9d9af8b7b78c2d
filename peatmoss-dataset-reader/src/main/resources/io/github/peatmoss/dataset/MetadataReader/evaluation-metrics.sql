SELECT e.test, d.name, e.result FROM evaluation_metric e LEFT JOIN dataset d ON d.id = e.dataset_id
WHERE e.model_id = :model ORDER BY e.id
