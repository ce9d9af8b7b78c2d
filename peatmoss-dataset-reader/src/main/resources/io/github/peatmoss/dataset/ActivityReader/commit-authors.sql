SELECT j.hf_commit_id, a.name FROM hf_commit_to_author j JOIN author a ON a.id = j.author_id
WHERE j.hf_commit_id IN (<ids>)
ORDER BY j.hf_commit_id, j.author_id
