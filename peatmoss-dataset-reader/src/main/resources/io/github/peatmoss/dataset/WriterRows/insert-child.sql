-- A row nobody needs the id of, run in a prepared batch: <columns> a defined list of column names,
-- <values> a bound list of the same length.
INSERT INTO <table> (<columns>) VALUES (<values>)
