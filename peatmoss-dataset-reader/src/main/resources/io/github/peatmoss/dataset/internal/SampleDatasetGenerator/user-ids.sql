SELECT id FROM github_user ORDER BY id
