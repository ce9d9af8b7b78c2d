-- Downstream repositories, the ones linked to a PTM, links, reused PTMs and reuse files.
SELECT (SELECT count(*) FROM reuse_repository) AS repositories,
       (SELECT count(DISTINCT reuse_repository_id) FROM model_to_reuse_repository) AS linked_repositories,
       (SELECT count(*) FROM model_to_reuse_repository) AS links,
       (SELECT count(DISTINCT model_id) FROM model_to_reuse_repository) AS reused_models,
       (SELECT count(*) FROM reuse_file) AS files
