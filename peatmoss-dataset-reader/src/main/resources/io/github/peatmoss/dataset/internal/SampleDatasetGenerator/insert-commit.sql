INSERT INTO github_commit (authored_date, committed_date, message_body, message_headline, oid, pull_request_id)
VALUES (:authored, :committed, :body, :headline, :oid, :pullRequest)
