SELECT j.reuse_repository_id, l.name FROM reuse_repository_to_license j JOIN license l ON l.id = j.license_id
WHERE j.reuse_repository_id IN (<ids>)
ORDER BY j.reuse_repository_id, j.license_id
