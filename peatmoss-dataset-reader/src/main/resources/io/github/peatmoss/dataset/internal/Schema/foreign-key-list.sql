SELECT "from", "table", "to" FROM pragma_foreign_key_list(:table)
