-- The snapshot store's own tables, which readers of the published schema ignore: the file list of each snapshot
-- (pinned to its commit) and each discussion as the Hub's listing last showed it. Safe to run again.
CREATE TABLE IF NOT EXISTS hf_snapshot_file (
  id INTEGER NOT NULL,
  model_id INTEGER NOT NULL REFERENCES model (id),
  commit_sha VARCHAR NOT NULL,
  path VARCHAR NOT NULL,
  size INTEGER,
  git_oid VARCHAR,
  lfs_sha256 VARCHAR,
  PRIMARY KEY (id),
  UNIQUE (model_id, commit_sha, path)
);
CREATE TABLE IF NOT EXISTS hf_snapshot_discussion (
  model_id INTEGER NOT NULL REFERENCES model (id),
  num INTEGER NOT NULL,
  listed VARCHAR NOT NULL,
  PRIMARY KEY (model_id, num)
);
