SELECT id FROM reuse_repository WHERE owner = :owner AND name = :name
