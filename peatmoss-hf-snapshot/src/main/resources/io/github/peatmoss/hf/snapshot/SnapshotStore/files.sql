SELECT path, size, git_oid, lfs_sha256 FROM hf_snapshot_file WHERE model_id = :model AND commit_sha = :sha
ORDER BY path
