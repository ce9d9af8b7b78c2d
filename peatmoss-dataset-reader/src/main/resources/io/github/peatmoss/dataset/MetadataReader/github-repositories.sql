SELECT owner, name, url FROM github_repo WHERE model_id = :model ORDER BY id
