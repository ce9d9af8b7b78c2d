DELETE FROM <junction> WHERE <parent> = :parent AND <child> = :child
