SELECT g.name FROM model_to_grant j JOIN "grant" g ON g.id = j.grant_id WHERE j.model_id = :model
ORDER BY j.rowid
