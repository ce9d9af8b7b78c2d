INSERT OR IGNORE INTO ptm_pull_request_to_pull_request (ptm_pull_request_id, github_pull_request_id)
VALUES (:group, :row)
