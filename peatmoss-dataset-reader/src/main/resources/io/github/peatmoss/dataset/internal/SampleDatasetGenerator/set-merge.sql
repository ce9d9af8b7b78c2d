UPDATE github_pull_request SET merge_commit_id = :merge, potential_merge_commit_id = :merge, head_repository_id = 1,
  head_repository_owner_id = :owner, maintainer_can_modify = 0, merge_state_status = 'CLEAN', milestone_id = 2
WHERE id = :pullRequest
