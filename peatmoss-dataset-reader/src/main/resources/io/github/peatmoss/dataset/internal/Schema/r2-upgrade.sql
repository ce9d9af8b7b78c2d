-- Upgrades an R1 database to R2 (the 2024 release with LLM-extracted metadata, 76 tables), as the
-- published R2 database was made: R1 altered in place, then 20 tables added.
-- "grant" is quoted because it is a reserved word in most SQL dialects (not in SQLite).

ALTER TABLE dataset ADD COLUMN url TEXT;

ALTER TABLE paper RENAME COLUMN name TO title;

ALTER TABLE paper ADD COLUMN url TEXT;

CREATE TABLE reuse_repository_to_license (
  reuse_repository_id INTEGER NOT NULL,
  license_id INTEGER NOT NULL,
  PRIMARY KEY (reuse_repository_id, license_id),
  FOREIGN KEY (reuse_repository_id) REFERENCES reuse_repository (id),
  FOREIGN KEY (license_id) REFERENCES license (id)
);

CREATE TABLE domain (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  UNIQUE (name)
);

CREATE TABLE model_to_domain (
  model_id INTEGER NOT NULL,
  domain_id INTEGER NOT NULL,
  FOREIGN KEY (model_id) REFERENCES model (id),
  FOREIGN KEY (domain_id) REFERENCES domain (id)
);

CREATE TABLE model_task (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  UNIQUE (name)
);

CREATE TABLE model_to_model_task (
  model_id INTEGER NOT NULL,
  model_task_id INTEGER NOT NULL,
  FOREIGN KEY (model_id) REFERENCES model (id),
  FOREIGN KEY (model_task_id) REFERENCES model_task (id)
);

CREATE TABLE github_repo (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  owner TEXT NOT NULL,
  name TEXT NOT NULL,
  url TEXT NOT NULL,
  model_id INTEGER NOT NULL,
  FOREIGN KEY (model_id) REFERENCES model (id),
  UNIQUE (owner, name, url, model_id)
);

CREATE TABLE model_to_base_model (
  model_id INTEGER NOT NULL,
  base_model_name TEXT NOT NULL,
  base_model_url TEXT,
  base_model_id INTEGER,
  PRIMARY KEY (model_id, base_model_id),
  FOREIGN KEY (model_id) REFERENCES model (id),
  FOREIGN KEY (base_model_id) REFERENCES model (id)
);

CREATE TABLE evaluation_link (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  url TEXT NOT NULL,
  model_id INTEGER NOT NULL,
  FOREIGN KEY (model_id) REFERENCES model (id),
  UNIQUE (url, model_id)
);

CREATE TABLE evaluation_metric (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  test TEXT NOT NULL,
  dataset_id INTEGER NOT NULL,
  result TEXT NOT NULL,
  model_id INTEGER NOT NULL,
  FOREIGN KEY (model_id) REFERENCES model (id),
  FOREIGN KEY (dataset_id) REFERENCES dataset (id),
  UNIQUE (test, dataset_id, result, model_id)
);

CREATE TABLE demo (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  demo TEXT NOT NULL,
  model_id INTEGER NOT NULL,
  FOREIGN KEY (model_id) REFERENCES model (id),
  UNIQUE (demo, model_id)
);

CREATE TABLE model_to_grant (
  model_id INTEGER NOT NULL,
  grant_id INTEGER NOT NULL,
  FOREIGN KEY (model_id) REFERENCES model (id),
  FOREIGN KEY (grant_id) REFERENCES "grant" (id),
  UNIQUE (model_id, grant_id)
);

CREATE TABLE "grant" (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  UNIQUE (name)
);

CREATE TABLE input_format (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  format TEXT NOT NULL,
  model_id INTEGER NOT NULL,
  FOREIGN KEY (model_id) REFERENCES model (id),
  UNIQUE (format, model_id)
);

CREATE TABLE output_format (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  format TEXT NOT NULL,
  model_id INTEGER NOT NULL,
  FOREIGN KEY (model_id) REFERENCES model (id),
  UNIQUE (format, model_id)
);

CREATE TABLE parameter_count (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  count INTEGER NOT NULL,
  model_id INTEGER NOT NULL,
  FOREIGN KEY (model_id) REFERENCES model (id),
  UNIQUE (count, model_id)
);

CREATE TABLE hardware (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  UNIQUE (name)
);

CREATE TABLE model_to_hardware (
  model_id INTEGER NOT NULL,
  hardware_id INTEGER NOT NULL,
  hours_used INTEGER,
  cloud_provider TEXT,
  compute_region TEXT,
  PRIMARY KEY (model_id, hardware_id),
  FOREIGN KEY (model_id) REFERENCES model (id),
  FOREIGN KEY (hardware_id) REFERENCES hardware (id)
);

CREATE TABLE carbon_emitted (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  value INTEGER NOT NULL,
  model_id INTEGER NOT NULL,
  FOREIGN KEY (model_id) REFERENCES model (id),
  UNIQUE (value, model_id)
);

CREATE TABLE hyper_parameters (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  value TEXT NOT NULL,
  model_id INTEGER NOT NULL,
  FOREIGN KEY (model_id) REFERENCES model (id),
  UNIQUE (value, model_id)
);

CREATE TABLE limitation_and_bias (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  value TEXT NOT NULL,
  model_id INTEGER NOT NULL,
  FOREIGN KEY (model_id) REFERENCES model (id),
  UNIQUE (value, model_id)
);

