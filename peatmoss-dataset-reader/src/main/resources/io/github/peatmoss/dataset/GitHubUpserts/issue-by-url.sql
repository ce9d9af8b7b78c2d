SELECT id FROM github_issue WHERE url = :url
