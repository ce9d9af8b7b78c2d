package io.github.peatmoss.hf;

import io.github.peatmoss.core.exception.DecodeException;
import java.util.Objects;

/**
 * A model card's front matter was refused before it could use unbounded memory or stack: too many aliases, too
 * deeply nested, too large. Ordinary YAML mistakes do not throw; they become {@link ModelCard#warnings()}.
 */
public final class ModelCardException extends DecodeException {
  private static final long serialVersionUID = 1L;

  /** Why the front matter was refused. */
  public enum Reason {
    /** More aliases to collections than allowed (an alias bomb). */
    TOO_MANY_ALIASES,
    /** Nested deeper than allowed. */
    TOO_DEEP,
    /** Larger than allowed, in code points or in values after alias expansion. */
    TOO_LARGE
  }

  private final Reason reason;

  ModelCardException(Reason reason, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message == null"), cause);
    this.reason = reason;
  }

  /** Returns why the front matter was refused. */
  public Reason reason() {
    return reason;
  }
}
