-- The names of one lookup of a model; <junction>, <column>, <table> come from MetadataReader, never from input.
SELECT l.name FROM <junction> j JOIN <table> l ON l.id = j.<column> WHERE j.model_id = :model ORDER BY j.<column>
