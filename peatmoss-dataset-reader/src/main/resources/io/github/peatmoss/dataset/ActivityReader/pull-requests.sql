-- GitHub pull requests (p) with author (u) and merger (mb); <filter> is one of the pull request filter resources.
SELECT p.id, p.url, p.number, p.title, p.body, p.state, p.closed, p.is_draft, p.is_cross_repository, u.login,
  p.base_ref_name, p.head_ref_name, p.additions, p.deletions, p.changed_files, p.mergeable, p.review_decision,
  mb.login, p.created_at, p.updated_at, p.closed_at, p.merged_at
FROM github_pull_request p LEFT JOIN github_user u ON u.id = p.author_id
LEFT JOIN github_user mb ON mb.id = p.merged_by_id
<filter>
ORDER BY p.id
