JOIN ptm_pull_request_to_pull_request x ON x.github_pull_request_id = p.id
JOIN model m ON m.ptm_pull_requests_id = x.ptm_pull_request_id
WHERE m.id = :model
