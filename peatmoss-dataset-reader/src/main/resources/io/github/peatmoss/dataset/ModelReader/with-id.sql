WHERE m.context_id = :contextId
