SELECT <columns> FROM <table> WHERE <parent> = :parent ORDER BY rowid
