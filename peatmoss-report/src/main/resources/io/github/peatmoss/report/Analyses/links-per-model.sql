-- Distribution of links per reused PTM: how many PTMs have exactly n links.
SELECT n AS links, count(*) AS models
FROM (SELECT count(*) AS n FROM model_to_reuse_repository GROUP BY model_id)
GROUP BY n
ORDER BY n
