SELECT j.discussion_id, a.name FROM discussion_to_author j JOIN author a ON a.id = j.author_id
WHERE j.discussion_id IN (<ids>)
ORDER BY j.discussion_id, j.author_id
