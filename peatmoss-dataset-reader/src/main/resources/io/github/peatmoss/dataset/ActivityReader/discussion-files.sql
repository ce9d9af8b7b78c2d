SELECT discussion_id, path FROM file_path WHERE discussion_id IN (<ids>) ORDER BY discussion_id, id
