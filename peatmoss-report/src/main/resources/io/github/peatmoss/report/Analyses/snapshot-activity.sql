-- What the snapshots hold: Hugging Face commits and discussions, GitHub issues and pull requests of PTM repositories.
SELECT (SELECT count(*) FROM hf_commit) AS commits,
       (SELECT count(DISTINCT model_id) FROM hf_commit) AS models_with_commits,
       (SELECT count(*) FROM discussion) AS discussions,
       (SELECT count(DISTINCT model_id) FROM discussion) AS models_with_discussions,
       (SELECT count(*) FROM ptm_issue_to_issue) AS ptm_issues,
       (SELECT count(*) FROM ptm_pull_request_to_pull_request) AS ptm_pull_requests
