-- Secondary indexes a database written by the SDK carries on top of the R2 schema. They add no constraint, so
-- every row valid in the published schema stays valid; they make the writer's upserts and the reader's
-- per-model and per-repository queries index lookups instead of table scans. Safe to run again.

CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_model_downloads ON model (downloads);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_model_to_reuse_repository_repo ON model_to_reuse_repository (reuse_repository_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_reuse_file_model ON reuse_file (model_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_reuse_file_repo ON reuse_file (reuse_repository_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_hf_commit_model ON hf_commit (model_id, commit_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_hf_git_ref_model ON hf_git_ref (model_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_discussion_model ON discussion (model_id, num);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_discussion_event_discussion ON discussion_event (discussion_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_file_path_discussion ON file_path (discussion_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_github_label_issue ON github_label (issue_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_github_label_pull_request ON github_label (pull_request_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_github_comment_issue ON github_comment (issue_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_github_comment_pull_request ON github_comment (pull_request_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_github_pull_request_file_pr ON github_pull_request_file (pull_request_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_model_to_domain_model ON model_to_domain (model_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_model_to_model_task_model ON model_to_model_task (model_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_github_repo_model ON github_repo (model_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_evaluation_link_model ON evaluation_link (model_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_evaluation_metric_model ON evaluation_metric (model_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_demo_model ON demo (model_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_input_format_model ON input_format (model_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_output_format_model ON output_format (model_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_parameter_count_model ON parameter_count (model_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_carbon_emitted_model ON carbon_emitted (model_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_hyper_parameters_model ON hyper_parameters (model_id);
CREATE INDEX IF NOT EXISTS peatmoss_sdk_ix_limitation_and_bias_model ON limitation_and_bias (model_id);
