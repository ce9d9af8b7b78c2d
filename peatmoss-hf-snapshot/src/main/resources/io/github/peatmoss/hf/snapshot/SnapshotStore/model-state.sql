SELECT id, sha, has_snapshot FROM model WHERE context_id = :contextId
