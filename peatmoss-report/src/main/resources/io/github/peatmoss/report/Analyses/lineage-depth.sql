-- Depth of each fine-tuned model's chain: 1 for a model with a base, plus one for every further base reached
-- through bases that are PeaTMOSS models themselves; cycles are cut at depth 32.
WITH RECURSIVE edge AS (SELECT DISTINCT model_id, base_model_id FROM model_to_base_model),
chain(model_id, base_id, depth) AS (
  SELECT model_id, base_model_id, 1 FROM edge
  UNION
  SELECT c.model_id, e.base_model_id, c.depth + 1 FROM chain c JOIN edge e ON e.model_id = c.base_id
  WHERE c.depth < 32
)
SELECT depth, count(*) AS n
FROM (SELECT model_id, max(depth) AS depth FROM chain GROUP BY model_id)
GROUP BY depth
ORDER BY depth
