-- One lookup of the models whose row ids lie in :first..:last (a dense batch: one index range scan), ordered
-- by model. <junction>, <column>, <table> and <values> come from ModelReader.Lookup, never from input.
SELECT j.model_id, <values> FROM <junction> j JOIN <table> l ON l.id = j.<column>
WHERE j.model_id BETWEEN :first AND :last
ORDER BY j.model_id, j.<column>
