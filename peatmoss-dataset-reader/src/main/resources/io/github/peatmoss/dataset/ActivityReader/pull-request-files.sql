SELECT pull_request_id, path, additions, deletions FROM github_pull_request_file
WHERE pull_request_id IN (<ids>)
ORDER BY pull_request_id, id
