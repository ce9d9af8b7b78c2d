-- New PTMs per month, for files without domains (R1); the month rule is that of monthly-by-domain.sql.
WITH first AS (
  SELECT model_id, min(created_at) AS created FROM hf_commit WHERE created_at IS NOT NULL GROUP BY model_id
)
SELECT substr(created, 1, 7) AS month, 'all' AS domain, count(*) AS n
FROM first
WHERE created NOT LIKE '2022-03-02T23:29:04%'
GROUP BY 1
ORDER BY 1
