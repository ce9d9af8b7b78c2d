JOIN reuse_repo_to_issue x ON x.github_issue_id = i.id JOIN reuse_repository r ON r.id = x.reuse_repository_id
WHERE r.owner = :owner AND r.name = :name
