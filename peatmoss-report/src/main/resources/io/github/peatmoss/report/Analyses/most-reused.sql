-- The PTMs linked to the most downstream repositories (context_id may be stored as INTEGER or BLOB: cast it).
SELECT CAST(m.context_id AS TEXT) AS model, coalesce(h.name, 'unknown') AS hub, t.repositories
FROM (SELECT model_id, count(*) AS repositories FROM model_to_reuse_repository
      GROUP BY model_id ORDER BY repositories DESC, model_id LIMIT :limit) t
JOIN model m ON m.id = t.model_id
LEFT JOIN model_hub h ON h.id = m.model_hub_id
ORDER BY t.repositories DESC, t.model_id
