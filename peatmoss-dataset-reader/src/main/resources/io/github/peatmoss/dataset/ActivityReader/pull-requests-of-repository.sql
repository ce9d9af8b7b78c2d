JOIN reuse_repo_to_pull_request x ON x.github_pull_request_id = p.id
JOIN reuse_repository r ON r.id = x.reuse_repository_id
WHERE r.owner = :owner AND r.name = :name
