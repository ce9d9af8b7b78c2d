-- GitHub issues (i) with their author (u); <filter> is one of the issue filter resources.
SELECT i.id, i.url, i.number, i.title, i.body, i.state, i.closed, u.login, i.created_at, i.updated_at, i.closed_at
FROM github_issue i LEFT JOIN github_user u ON u.id = i.author_id
<filter>
ORDER BY i.id
