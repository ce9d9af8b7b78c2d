package io.github.peatmoss.http;

import java.util.Optional;

/**
 * A GitHub access token (higher API limits), for the GitHub and PyTorch Hub clients. Redacted from {@code
 * toString()}, messages and logs. Immutable and thread-safe.
 */
public final class GitHubToken extends AccessToken {
  /** The environment variable {@link #fromEnvironment()} reads. */
  public static final String ENVIRONMENT_VARIABLE = "GITHUB_TOKEN";

  private GitHubToken(String value) {
    super(value, "GitHub");
  }

  /**
   * Returns a token with the given text.
   *
   * @throws IllegalArgumentException if the text is blank or contains whitespace
   */
  public static GitHubToken of(String value) {
    return new GitHubToken(value);
  }

  /** Returns the token in {@code GITHUB_TOKEN}, or empty when the variable is unset or blank. */
  public static Optional<GitHubToken> fromEnvironment() {
    return fromEnvironment(ENVIRONMENT_VARIABLE, GitHubToken::of);
  }
}
