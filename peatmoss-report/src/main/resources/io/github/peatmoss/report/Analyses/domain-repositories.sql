-- Downstream repositories per domain of the PTMs they reuse (the paper's figure 9).
SELECT d.name AS name, count(DISTINCT l.reuse_repository_id) AS n
FROM (SELECT DISTINCT model_id, domain_id FROM model_to_domain) j
JOIN domain d ON d.id = j.domain_id
JOIN model_to_reuse_repository l ON l.model_id = j.model_id
GROUP BY d.name
ORDER BY n DESC, name
