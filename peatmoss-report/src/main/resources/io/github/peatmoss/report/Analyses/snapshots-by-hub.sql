-- Models and snapshotted models (has_snapshot = 1) per hub.
SELECT coalesce(h.name, 'unknown') AS hub, count(*) AS models, coalesce(sum(m.has_snapshot = 1), 0) AS snapshotted
FROM model m LEFT JOIN model_hub h ON h.id = m.model_hub_id
GROUP BY 1
ORDER BY models DESC, hub
