package io.github.peatmoss.http;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A service's access token, typed per service ({@link GitHubToken}, the Hugging Face client's {@code HfToken}).
 * Its text never appears in {@code toString()}, exception messages or logs; {@link #value()} is for the
 * {@code Authorization} header only. Immutable and thread-safe.
 */
public abstract class AccessToken {
  private final String value;

  /**
   * Checks and keeps the token's text.
   *
   * @throws IllegalArgumentException if the text is blank or contains whitespace
   */
  protected AccessToken(String value, String service) {
    Objects.requireNonNull(value, "value == null");
    if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "a " + service + " token must be non-blank and contain no whitespace");
    }
    this.value = value;
  }

  /**
   * Returns the token in the environment variable {@code variable}, or empty when it is unset or blank. The one
   * place the SDK reads the environment.
   */
  protected static <T extends AccessToken> Optional<T> fromEnvironment(
      String variable, Function<String, T> of) {
    String text = System.getenv(variable);
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(of.apply(text.strip()));
  }

  /** Returns the secret text, to send in an {@code Authorization} header; never log or print it. */
  public final String value() {
    return value;
  }

  /** Equal to a token of the same service (the same class) with the same text. */
  @Override
  @SuppressWarnings("EqualsGetClass") // a GitHubToken never equals an HfToken of the same text
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((AccessToken) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns {@code SimpleClassName[redacted]}. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[redacted]";
  }
}
