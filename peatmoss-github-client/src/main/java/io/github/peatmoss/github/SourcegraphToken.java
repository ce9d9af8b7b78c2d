package io.github.peatmoss.github;

import io.github.peatmoss.http.AccessToken;
import java.util.Optional;

/** A Sourcegraph access token, sent as {@code Authorization: token ...}. Redacted everywhere. Immutable. */
public final class SourcegraphToken extends AccessToken {
  /** The environment variable {@link #fromEnvironment()} reads. */
  public static final String ENVIRONMENT_VARIABLE = "SRC_ACCESS_TOKEN";

  private SourcegraphToken(String value) {
    super(value, "Sourcegraph");
  }

  /**
   * Returns a token with the given text.
   *
   * @throws IllegalArgumentException if the text is blank or contains whitespace
   */
  public static SourcegraphToken of(String value) {
    return new SourcegraphToken(value);
  }

  /** Returns the token in {@code SRC_ACCESS_TOKEN} (the variable Sourcegraph's own CLI reads), if set. */
  public static Optional<SourcegraphToken> fromEnvironment() {
    return fromEnvironment(ENVIRONMENT_VARIABLE, SourcegraphToken::of);
  }
}
