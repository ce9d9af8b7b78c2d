SELECT name FROM pragma_index_info(:index)
