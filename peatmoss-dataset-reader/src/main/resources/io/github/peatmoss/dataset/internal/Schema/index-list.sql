SELECT name, "unique", origin FROM pragma_index_list(:table)
