INSERT INTO llm_answer (cache_key, provider, prompt_version, answer, input_tokens, output_tokens, created_at)
VALUES (:key, :provider, :promptVersion, :answer, :inputTokens, :outputTokens, :createdAt)
ON CONFLICT (cache_key) DO UPDATE SET answer = excluded.answer, input_tokens = excluded.input_tokens,
  output_tokens = excluded.output_tokens, created_at = excluded.created_at
