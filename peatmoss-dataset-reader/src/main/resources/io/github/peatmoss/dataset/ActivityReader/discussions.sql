SELECT id, title, status, num, repo_id, repo_type, is_pull_request, created_at, endpoint, target_branch,
  merge_commit_oid, diff
FROM discussion WHERE model_id = :model
ORDER BY num, id
