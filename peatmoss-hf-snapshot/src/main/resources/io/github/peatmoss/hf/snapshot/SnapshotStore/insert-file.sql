INSERT INTO hf_snapshot_file (model_id, commit_sha, path, size, git_oid, lfs_sha256)
VALUES (:model, :sha, :path, :size, :gitOid, :lfsSha256)
