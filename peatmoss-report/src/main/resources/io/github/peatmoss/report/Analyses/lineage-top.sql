-- The base models most fine-tuned: by PeaTMOSS model when the base is in the database, else by the stated name.
SELECT coalesce(CAST(b.context_id AS TEXT), x.base_model_name) AS name, count(DISTINCT x.model_id) AS n,
       max(x.base_model_id IS NOT NULL) AS in_dataset
FROM model_to_base_model x LEFT JOIN model b ON b.id = x.base_model_id
GROUP BY CASE WHEN x.base_model_id IS NULL THEN 'n:' || x.base_model_name ELSE 'i:' || x.base_model_id END
ORDER BY n DESC, name
LIMIT :limit
