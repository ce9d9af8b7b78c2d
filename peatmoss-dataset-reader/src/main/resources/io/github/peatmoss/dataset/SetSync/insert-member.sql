INSERT INTO <junction> (<parent>, <child>) VALUES (:parent, :child)
