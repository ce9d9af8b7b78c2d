-- PTMs per model hub; a model without a hub counts as 'unknown'.
SELECT coalesce(h.name, 'unknown') AS name, count(*) AS n
FROM model m LEFT JOIN model_hub h ON h.id = m.model_hub_id
GROUP BY 1
ORDER BY n DESC, name
