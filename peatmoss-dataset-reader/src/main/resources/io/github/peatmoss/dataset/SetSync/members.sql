SELECT <child> FROM <junction> WHERE <parent> = :parent
