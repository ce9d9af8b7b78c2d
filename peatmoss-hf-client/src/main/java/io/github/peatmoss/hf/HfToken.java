package io.github.peatmoss.hf;

import io.github.peatmoss.http.AccessToken;
import java.util.Optional;

/**
 * A Hugging Face access token. Its text never appears in {@code toString()}, exception messages or logs.
 * Immutable and thread-safe.
 */
public final class HfToken extends AccessToken {
  /** The environment variable {@link #fromEnvironment()} reads. */
  public static final String ENVIRONMENT_VARIABLE = "HF_TOKEN";

  private HfToken(String value) {
    super(value, "Hugging Face");
  }

  /**
   * Returns a token with the given text.
   *
   * @throws IllegalArgumentException if the text is blank or contains whitespace
   */
  public static HfToken of(String value) {
    return new HfToken(value);
  }

  /** Returns the token in {@code HF_TOKEN}, or empty when the variable is unset or blank. */
  public static Optional<HfToken> fromEnvironment() {
    return fromEnvironment(ENVIRONMENT_VARIABLE, HfToken::of);
  }
}
