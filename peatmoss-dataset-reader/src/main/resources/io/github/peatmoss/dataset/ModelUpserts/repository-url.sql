UPDATE reuse_repository SET url = :url WHERE id = :id
