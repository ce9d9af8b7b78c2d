-- <table> is a quoted name from the table list of the file, never from input.
SELECT count(*) FROM <table>
