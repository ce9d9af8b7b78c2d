UPDATE model SET sha = :sha, has_snapshot = 1, downloads = coalesce(:downloads, downloads),
  likes = coalesce(:likes, likes), repo_url = coalesce(repo_url, :repoUrl)
WHERE id = :model
