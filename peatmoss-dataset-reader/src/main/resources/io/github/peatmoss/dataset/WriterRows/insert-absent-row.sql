-- Inserts a row unless one whose <key> is :key exists; returns the new row's id, or no row. <columns> is a
-- defined list of column names (including <key>), <values> a bound list of the same length.
INSERT INTO <table> (<columns>) SELECT <values>
WHERE NOT EXISTS (SELECT 1 FROM <table> WHERE <key> = :key) RETURNING id
