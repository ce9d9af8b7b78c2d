UPDATE paper SET url = :url WHERE id = :id AND url IS NOT :url
