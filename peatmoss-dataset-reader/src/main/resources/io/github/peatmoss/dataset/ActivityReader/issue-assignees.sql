SELECT j.issue_id, u.login FROM issue_to_assignee j JOIN github_user u ON u.id = j.assignee_id
WHERE j.issue_id IN (<ids>)
ORDER BY j.issue_id, j.assignee_id
