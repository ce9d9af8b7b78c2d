package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The license GitHub detected in a repository's license file (Licensee). {@code spdxId} is an SPDX id, {@code
 * NOASSERTION} when a license file exists but matches no known license (key {@code other}), or empty when
 * GitHub gave none.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGitHubLicense.class)
public interface GitHubLicense {
  /** The {@code spdx_id} GitHub reports for a license file it cannot match. */
  String NOASSERTION = "NOASSERTION";

  /** Returns GitHub's key, for example {@code mit} or {@code other}. */
  String key();

  /** Returns the license name, for example {@code MIT License} or {@code Other}. */
  Optional<String> name();

  /** Returns the SPDX id, {@code NOASSERTION}, or empty. */
  Optional<String> spdxId();

  /** Returns whether GitHub matched the file to a known license (an SPDX id other than NOASSERTION). */
  @Value.Derived
  default boolean isIdentified() {
    return spdxId().filter(id -> !id.equals(NOASSERTION)).isPresent();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GitHubLicense} values; not thread-safe. */
  final class Builder extends ImmutableGitHubLicense.Builder {}
}
