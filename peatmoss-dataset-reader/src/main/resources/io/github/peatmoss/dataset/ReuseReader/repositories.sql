-- Downstream repositories; <filter> is empty or a filter resource.
SELECT r.id, r.owner, r.name, r.url FROM reuse_repository r
<filter>
ORDER BY r.id
