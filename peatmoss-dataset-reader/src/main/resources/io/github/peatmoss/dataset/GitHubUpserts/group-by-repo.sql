-- <table> is ptm_issues or ptm_pull_requests: the group of a PyTorch Hub repository.
SELECT id FROM <table> WHERE repo_url = :repoUrl
