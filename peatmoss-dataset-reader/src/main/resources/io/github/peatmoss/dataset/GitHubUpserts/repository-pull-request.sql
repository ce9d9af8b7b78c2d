INSERT OR IGNORE INTO reuse_repo_to_pull_request (reuse_repository_id, github_pull_request_id)
VALUES (:repository, :row)
