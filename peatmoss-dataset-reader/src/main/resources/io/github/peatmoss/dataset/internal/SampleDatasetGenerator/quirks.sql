-- Quirks of the published file that no core value writes.
-- A model row as the published file has some: everything NULL but the name.
INSERT INTO model (context_id) VALUES ('orphan-model-without-metadata');
-- R2's key-less junctions hold repeated rows in the published file.
INSERT INTO model_to_domain (model_id, domain_id) SELECT model_id, domain_id FROM model_to_domain
WHERE rowid IN (SELECT min(rowid) FROM model_to_domain GROUP BY model_id LIMIT 5);
INSERT INTO model_to_model_task (model_id, model_task_id) SELECT model_id, model_task_id FROM model_to_model_task
WHERE rowid IN (SELECT min(rowid) FROM model_to_model_task LIMIT 3);
INSERT INTO github_milestone (number, title, description, due_on)
VALUES (1, 'v1.0', 'First stable release', '2023-06-30T00:00:00Z'), (2, 'v1.1', NULL, NULL);
INSERT INTO github_repository (name, url) VALUES ('fork-of-chat-ui', NULL);
UPDATE github_issue SET milestone_id = 1 WHERE id = (SELECT min(id) FROM github_issue);
