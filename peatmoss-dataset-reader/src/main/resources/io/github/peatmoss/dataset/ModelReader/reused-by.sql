JOIN model_to_reuse_repository l ON l.model_id = m.id JOIN reuse_repository r ON r.id = l.reuse_repository_id
WHERE r.owner = :owner AND r.name = :name
