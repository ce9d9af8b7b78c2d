-- Reuse files with model and repository; <filter> is a filter resource.
SELECT f.path, f.model_id, m.context_id, r.id, r.owner, r.name, r.url
FROM reuse_file f JOIN model m ON m.id = f.model_id JOIN reuse_repository r ON r.id = f.reuse_repository_id
<filter>
ORDER BY f.id
