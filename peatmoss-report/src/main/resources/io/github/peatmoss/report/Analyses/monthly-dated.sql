-- Models with a dated oldest commit (the month rule of monthly-by-domain.sql), each counted once.
SELECT count(*)
FROM (SELECT min(created_at) AS created FROM hf_commit WHERE created_at IS NOT NULL GROUP BY model_id)
WHERE created NOT LIKE '2022-03-02T23:29:04%'
