package io.github.peatmoss.github;

import java.util.Objects;
import java.util.Optional;

/**
 * A GitHub access token (personal, OAuth or app installation). Its text never appears in {@code toString()},
 * exception messages or logs. Immutable and thread-safe.
 */
public final class GitHubToken {
  /** The environment variable {@link #fromEnvironment()} reads. */
  public static final String ENVIRONMENT_VARIABLE = "GITHUB_TOKEN";

  private final String value;

  private GitHubToken(String value) {
    this.value = value;
  }

  /**
   * Returns a token with the given text.
   *
   * @throws IllegalArgumentException if the text is blank or contains whitespace
   */
  public static GitHubToken of(String value) {
    Objects.requireNonNull(value, "value == null");
    if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a GitHub token must be non-blank and contain no whitespace");
    }
    return new GitHubToken(value);
  }

  /** Returns the token in {@code GITHUB_TOKEN}, or empty when the variable is unset or blank. */
  public static Optional<GitHubToken> fromEnvironment() {
    String value = System.getenv(ENVIRONMENT_VARIABLE);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(of(value.strip()));
  }

  String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GitHubToken && ((GitHubToken) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@code GitHubToken[redacted]}. */
  @Override
  public String toString() {
    return "GitHubToken[redacted]";
  }
}
