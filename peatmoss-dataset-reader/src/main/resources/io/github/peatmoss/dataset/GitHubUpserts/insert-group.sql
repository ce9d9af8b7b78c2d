INSERT INTO <table> (repo_url) VALUES (:repoUrl) RETURNING id
