SELECT j.pull_request_id, u.login FROM pull_request_to_assignee j JOIN github_user u ON u.id = j.assignee_id
WHERE j.pull_request_id IN (<ids>)
ORDER BY j.pull_request_id, j.assignee_id
