UPDATE dataset SET url = :value WHERE id = :id AND url IS NOT :value
