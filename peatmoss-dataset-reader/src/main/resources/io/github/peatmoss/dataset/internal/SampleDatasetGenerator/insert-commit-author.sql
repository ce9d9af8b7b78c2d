INSERT INTO commit_to_author (commit_id, author_id) VALUES (:commit, :author)
