SELECT j.pull_request_id, u.login FROM pull_request_to_review_requests j
JOIN github_user u ON u.id = j.review_request_id
WHERE j.pull_request_id IN (<ids>)
ORDER BY j.pull_request_id, j.review_request_id
