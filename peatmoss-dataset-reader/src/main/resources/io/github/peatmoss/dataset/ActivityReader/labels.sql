-- <parent> is issue_id or pull_request_id.
SELECT <parent>, name FROM github_label WHERE <parent> IN (<ids>) ORDER BY <parent>, id
