JOIN ptm_issue_to_issue p ON p.github_issue_id = i.id JOIN model m ON m.ptm_issues_id = p.ptm_issue_id
WHERE m.id = :model
