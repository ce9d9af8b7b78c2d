-- <parent> is issue_id or pull_request_id.
SELECT c.<parent>, u.login, c.author_association, c.body, c.created_at
FROM github_comment c LEFT JOIN github_user u ON u.id = c.author_id
WHERE c.<parent> IN (<ids>)
ORDER BY c.<parent>, c.id
