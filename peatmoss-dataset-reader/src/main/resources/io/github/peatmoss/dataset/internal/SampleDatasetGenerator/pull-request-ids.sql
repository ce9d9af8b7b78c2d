SELECT id FROM github_pull_request ORDER BY id
