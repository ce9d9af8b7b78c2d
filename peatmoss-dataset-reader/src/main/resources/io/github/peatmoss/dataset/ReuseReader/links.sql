-- Reuse links with both sides. <filter> is empty or a filter resource; <order> a fixed order of ReuseReader.
SELECT l.model_id, m.context_id, l.reuse_repository_id, r.owner, r.name, r.url
FROM model_to_reuse_repository l JOIN model m ON m.id = l.model_id
JOIN reuse_repository r ON r.id = l.reuse_repository_id
<filter>
ORDER BY <order>
