UPDATE paper SET url = :value WHERE id = :id AND url IS NOT :value
