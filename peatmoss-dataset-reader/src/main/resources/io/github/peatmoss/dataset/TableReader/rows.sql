-- <table> is a quoted name from the table list of the file, never from input.
SELECT * FROM <table> ORDER BY rowid
