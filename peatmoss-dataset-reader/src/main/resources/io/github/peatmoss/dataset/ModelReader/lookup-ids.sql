-- One lookup of the models whose row ids are <ids> (a sparse set), ordered by model.
SELECT j.model_id, <values> FROM <junction> j JOIN <table> l ON l.id = j.<column>
WHERE j.model_id IN (<ids>)
ORDER BY j.model_id, j.<column>
