SELECT repo_url FROM model WHERE id = :model
