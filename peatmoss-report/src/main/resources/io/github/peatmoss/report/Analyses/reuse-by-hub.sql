-- Links, reused PTMs and linked repositories per hub of the reused PTM.
SELECT coalesce(h.name, 'unknown') AS hub, count(*) AS links, count(DISTINCT l.model_id) AS models,
       count(DISTINCT l.reuse_repository_id) AS repositories
FROM model_to_reuse_repository l
JOIN model m ON m.id = l.model_id
LEFT JOIN model_hub h ON h.id = m.model_hub_id
GROUP BY 1
ORDER BY links DESC, hub
