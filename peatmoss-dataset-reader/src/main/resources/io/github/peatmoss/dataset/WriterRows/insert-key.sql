-- Inserts a row holding only <column> = :value unless one exists; returns the new row's id, or no row.
INSERT INTO <table> (<column>) SELECT :value
WHERE NOT EXISTS (SELECT 1 FROM <table> WHERE <column> = :value) RETURNING id
