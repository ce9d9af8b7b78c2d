-- PTMs per task (R2; model_to_model_task has no key, so rows may repeat: count distinct models).
SELECT t.name AS name, count(DISTINCT j.model_id) AS n
FROM model_to_model_task j JOIN model_task t ON t.id = j.model_task_id
GROUP BY t.name
ORDER BY n DESC, name
