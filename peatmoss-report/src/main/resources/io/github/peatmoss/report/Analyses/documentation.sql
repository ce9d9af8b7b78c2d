-- Documentation completeness (R2), as the paper's figure 7: of the PTMs with extracted metadata (a row in any
-- table only R2 has), the share with a value for each metadata field. The first row ('models') is the
-- denominator. IN (subquery) builds one temporary index per field, so no table needs an index on model_id.
WITH documented AS (
  SELECT model_id FROM model_to_domain
  UNION SELECT model_id FROM model_to_model_task
  UNION SELECT model_id FROM github_repo
  UNION SELECT model_id FROM model_to_base_model
  UNION SELECT model_id FROM evaluation_metric
  UNION SELECT model_id FROM evaluation_link
  UNION SELECT model_id FROM demo
  UNION SELECT model_id FROM model_to_grant
  UNION SELECT model_id FROM input_format
  UNION SELECT model_id FROM output_format
  UNION SELECT model_id FROM parameter_count
  UNION SELECT model_id FROM model_to_hardware
  UNION SELECT model_id FROM carbon_emitted
  UNION SELECT model_id FROM hyper_parameters
  UNION SELECT model_id FROM limitation_and_bias
)
SELECT 'models' AS field, count(*) AS n FROM documented
UNION ALL SELECT 'libraries', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM model_to_library)
UNION ALL SELECT 'domain', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM model_to_domain)
UNION ALL SELECT 'model_task', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM model_to_model_task)
UNION ALL SELECT 'frameworks', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM model_to_framework)
UNION ALL SELECT 'license', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM model_to_license)
UNION ALL SELECT 'datasets', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM model_to_dataset)
UNION ALL SELECT 'base_model', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM model_to_base_model)
UNION ALL SELECT 'demo', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM demo)
UNION ALL SELECT 'github_repo', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM github_repo)
UNION ALL SELECT 'evaluation', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM evaluation_metric UNION SELECT model_id FROM evaluation_link)
UNION ALL SELECT 'language', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM model_to_language)
UNION ALL SELECT 'paper', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM model_to_paper)
UNION ALL SELECT 'hyper_parameters', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM hyper_parameters)
UNION ALL SELECT 'parameter_count', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM parameter_count)
UNION ALL SELECT 'hardware', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM model_to_hardware)
UNION ALL SELECT 'input_format', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM input_format)
UNION ALL SELECT 'limitation_and_bias', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM limitation_and_bias)
UNION ALL SELECT 'output_format', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM output_format)
UNION ALL SELECT 'grant', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM model_to_grant)
UNION ALL SELECT 'carbon_emitted', count(*) FROM documented WHERE model_id IN (SELECT model_id FROM carbon_emitted)
