INSERT OR IGNORE INTO ptm_issue_to_issue (ptm_issue_id, github_issue_id) VALUES (:group, :row)
