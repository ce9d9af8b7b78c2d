INSERT INTO github_reaction_group (content, total_count, issue_id, pull_request_id, github_comment_id, review_id)
VALUES (:content, :count, NULL, :pullRequest, NULL, :review)
