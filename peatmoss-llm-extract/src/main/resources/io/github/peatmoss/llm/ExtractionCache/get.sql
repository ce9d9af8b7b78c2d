SELECT answer, input_tokens, output_tokens FROM llm_answer WHERE cache_key = :key
