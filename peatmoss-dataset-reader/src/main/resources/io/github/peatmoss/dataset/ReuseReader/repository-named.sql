WHERE r.owner = :owner AND r.name = :name
