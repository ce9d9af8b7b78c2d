-- <columns> is a defined list of column names, <values> a bound list of the same length.
INSERT INTO <table> (<columns>) VALUES (<values>) RETURNING id
