SELECT id FROM model WHERE context_id = :contextId
