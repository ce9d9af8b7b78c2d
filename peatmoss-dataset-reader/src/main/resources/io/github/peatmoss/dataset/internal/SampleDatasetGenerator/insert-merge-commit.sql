INSERT INTO github_merge_commit (commit_id) VALUES (:commit)
