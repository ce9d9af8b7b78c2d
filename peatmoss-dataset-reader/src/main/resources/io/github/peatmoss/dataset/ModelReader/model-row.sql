-- The row ids of a model id; context_id may hold a numeric-looking name as a number (see ContextIds).
SELECT id, context_id FROM model WHERE context_id = :contextId
