package io.github.peatmoss.llm;

import io.github.peatmoss.core.exception.PeatmossException;

/**
 * A language model answered, but not usably: {@link Problem#TRUNCATED} (the output limit cut it; raise the
 * limit or lower the token budget, asking again changes nothing), {@link Problem#INVALID} (no JSON following the
 * schema, even after one repair round) or {@link Problem#REFUSED}.
 */
public final class LlmAnswerException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  /** What was wrong with the answer. */
  public enum Problem {
    /** Cut by the output token limit. */
    TRUNCATED,
    /** Not JSON following the schema after the repair round. */
    INVALID,
    /** The model refused. */
    REFUSED
  }

  private final Problem problem;

  /** Creates the exception. */
  public LlmAnswerException(Problem problem, String message) {
    super(message);
    this.problem = problem;
  }

  /** Returns what was wrong. */
  public Problem problem() {
    return problem;
  }
}
