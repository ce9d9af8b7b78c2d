SELECT h.name, j.hours_used, j.cloud_provider, j.compute_region
FROM model_to_hardware j JOIN hardware h ON h.id = j.hardware_id
WHERE j.model_id = :model ORDER BY j.rowid
