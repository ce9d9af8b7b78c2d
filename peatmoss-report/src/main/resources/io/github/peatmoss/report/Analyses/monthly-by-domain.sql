-- New PTMs per month and domain. A PTM's month is that of its oldest Hugging Face commit; a PTM whose oldest
-- commit carries the Hub's placeholder date (2022-03-02T23:29:04, given to repositories older than its records)
-- or no date is undated and left out. PTMs without a domain count as 'unclassified'.
WITH first AS (
  SELECT model_id, min(created_at) AS created FROM hf_commit WHERE created_at IS NOT NULL GROUP BY model_id
)
SELECT substr(f.created, 1, 7) AS month, coalesce(d.name, 'unclassified') AS domain, count(DISTINCT f.model_id) AS n
FROM first f
LEFT JOIN (SELECT DISTINCT model_id, domain_id FROM model_to_domain) j ON j.model_id = f.model_id
LEFT JOIN domain d ON d.id = j.domain_id
WHERE f.created NOT LIKE '2022-03-02T23:29:04%'
GROUP BY 1, 2
ORDER BY 1, 2
