INSERT OR IGNORE INTO reuse_repo_to_issue (reuse_repository_id, github_issue_id) VALUES (:repository, :row)
