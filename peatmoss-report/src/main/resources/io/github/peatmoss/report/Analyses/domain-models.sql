-- PTMs with at least one domain (R2).
SELECT count(DISTINCT model_id) FROM model_to_domain
