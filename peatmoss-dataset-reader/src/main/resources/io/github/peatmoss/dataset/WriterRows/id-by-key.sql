-- The id of the row of <table> whose <column> is :value (a natural key).
SELECT id FROM <table> WHERE <column> = :value
