INSERT INTO reuse_repository (owner, name, url) VALUES (:owner, :name, :url) RETURNING id
