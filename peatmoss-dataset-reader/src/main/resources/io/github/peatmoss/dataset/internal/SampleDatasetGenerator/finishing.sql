-- Rows of the tables no core value covers, after the per-pull-request ones.
INSERT INTO github_reaction_group (content, total_count, issue_id, github_comment_id)
SELECT 'HEART', 2, issue_id, id FROM github_comment WHERE issue_id IS NOT NULL;
UPDATE github_label SET color = 'd73a4a', description = 'Something is not working' WHERE name = 'bug';
UPDATE github_comment SET includes_created_edit = 0, is_minimized = 0;
