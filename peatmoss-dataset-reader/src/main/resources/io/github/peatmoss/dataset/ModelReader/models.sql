-- Model rows before their lookups. <filter> is one of the filter resources next to this file (matching-query,
-- with-id, reused-by); <order> one of ModelReader's fixed orders. LIMIT -1 is no limit.
SELECT m.id, m.context_id, m.sha, m.repo_url, m.downloads, m.likes, m.has_snapshot, h.name, h.url
FROM model m LEFT JOIN model_hub h ON h.id = m.model_hub_id
<filter>
ORDER BY <order>
LIMIT :limit
