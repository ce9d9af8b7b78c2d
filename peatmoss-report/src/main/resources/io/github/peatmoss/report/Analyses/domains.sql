-- PTMs per domain (R2; model_to_domain has no key, so rows may repeat: count distinct models).
SELECT d.name AS name, count(DISTINCT j.model_id) AS n
FROM model_to_domain j JOIN domain d ON d.id = j.domain_id
GROUP BY d.name
ORDER BY n DESC, name
