CREATE TABLE IF NOT EXISTS llm_answer (
  cache_key TEXT PRIMARY KEY,
  provider TEXT NOT NULL,
  prompt_version TEXT NOT NULL,
  answer TEXT NOT NULL,
  input_tokens INTEGER NOT NULL,
  output_tokens INTEGER NOT NULL,
  created_at TEXT NOT NULL
)
