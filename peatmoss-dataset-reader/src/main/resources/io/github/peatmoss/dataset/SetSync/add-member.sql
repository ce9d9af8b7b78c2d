-- Adds a member unless present (published junctions have no unique key to lean on).
INSERT INTO <junction> (<parent>, <child>) SELECT :parent, :child
WHERE NOT EXISTS (SELECT 1 FROM <junction> WHERE <parent> = :parent AND <child> = :child)
