package io.github.peatmoss.hf;

import java.util.Objects;
import java.util.Optional;

/**
 * A Hugging Face access token. Its text never appears in {@code toString()}, exception messages or logs.
 * Immutable and thread-safe.
 */
public final class HfToken {
  /** The environment variable {@link #fromEnvironment()} reads. */
  public static final String ENVIRONMENT_VARIABLE = "HF_TOKEN";

  private final String value;

  private HfToken(String value) {
    this.value = value;
  }

  /**
   * Returns a token with the given text.
   *
   * @throws IllegalArgumentException if the text is blank or contains whitespace
   */
  public static HfToken of(String value) {
    Objects.requireNonNull(value, "value == null");
    if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a Hugging Face token must be non-blank and contain no whitespace");
    }
    return new HfToken(value);
  }

  /** Returns the token in {@code HF_TOKEN}, or empty when the variable is unset or blank. */
  public static Optional<HfToken> fromEnvironment() {
    String value = System.getenv(ENVIRONMENT_VARIABLE);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(of(value.strip()));
  }

  String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HfToken && ((HfToken) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@code HfToken[redacted]}. */
  @Override
  public String toString() {
    return "HfToken[redacted]";
  }
}
