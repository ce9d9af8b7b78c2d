SELECT discussion_id, event_id, type, created_at, author, content, edited, hidden, new_status, summary, oid,
  old_title, new_title
FROM discussion_event WHERE discussion_id IN (<ids>)
ORDER BY discussion_id, id
