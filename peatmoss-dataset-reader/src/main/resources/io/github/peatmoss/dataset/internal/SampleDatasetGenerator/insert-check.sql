INSERT INTO github_status_check_rollup (name, status, conclusion, started_at, completed_at, details_url,
  pull_request_id)
VALUES (:name, :status, :conclusion, :startedAt, :completedAt, :detailsUrl, :pullRequest)
