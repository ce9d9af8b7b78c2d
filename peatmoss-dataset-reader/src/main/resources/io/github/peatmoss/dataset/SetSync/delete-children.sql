DELETE FROM <table> WHERE <parent> = :parent
