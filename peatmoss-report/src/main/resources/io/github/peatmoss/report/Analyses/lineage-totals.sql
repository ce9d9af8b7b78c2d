-- Base-model links (R2; model_to_base_model has no strict key, so read distinct rows).
SELECT count(DISTINCT model_id) AS models, count(*) AS links, coalesce(sum(base_model_id IS NOT NULL), 0) AS in_dataset,
       count(DISTINCT CASE WHEN base_model_id IS NULL THEN 'n:' || base_model_name ELSE 'i:' || base_model_id END) AS bases
FROM (SELECT DISTINCT model_id, base_model_name, base_model_id FROM model_to_base_model)
