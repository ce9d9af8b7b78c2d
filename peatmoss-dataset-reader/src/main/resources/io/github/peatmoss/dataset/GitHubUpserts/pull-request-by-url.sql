SELECT id FROM github_pull_request WHERE url = :url
