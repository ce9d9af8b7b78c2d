SELECT COUNT(*) FROM llm_answer
