INSERT INTO github_review (author_id, author_association, body, submitted_at, includes_created_edit, state,
  pull_request_id)
VALUES (:author, :association, :body, :submittedAt, 0, :state, :pullRequest)
