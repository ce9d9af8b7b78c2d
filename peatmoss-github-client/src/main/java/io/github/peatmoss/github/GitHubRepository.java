package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A repository's metadata as {@code GET /repos/{owner}/{repo}} (or a repository search) reports it. */
@Value.Immutable
@JsonSerialize(as = ImmutableGitHubRepository.class)
public interface GitHubRepository {
  /** Returns the repository under its current name (after a rename, the new one). */
  RepoRef repository();

  /** Returns GitHub's numeric id, stable across renames. */
  OptionalLong id();

  /** Returns the description. */
  Optional<String> description();

  /** Returns the number of stars. */
  long stars();

  /** Returns the number of forks. */
  long forks();

  /** Returns the topics. */
  List<String> topics();

  /** Returns the default branch. */
  Optional<String> defaultBranch();

  /** Returns when it was created. */
  Optional<Instant> createdAt();

  /** Returns when something was last pushed. */
  Optional<Instant> pushedAt();

  /** Returns whether it is archived (read-only). */
  @Value.Default
  default boolean isArchived() {
    return false;
  }

  /** Returns whether it is a fork. */
  @Value.Default
  default boolean isFork() {
    return false;
  }

  /** Returns the primary language GitHub detected. */
  Optional<String> language();

  /** Returns the detected license; empty when the repository has no license file GitHub recognises as one. */
  Optional<GitHubLicense> license();

  /**
   * Returns the repository as PeaTMOSS stores it: URL {@code github.com/owner/name} and the license's SPDX id
   * ({@code NOASSERTION} kept as reported, nothing when GitHub found no license).
   */
  default ReuseRepository toReuseRepository() {
    ReuseRepository.Builder b = ReuseRepository.builder()
        .repository(repository())
        .url("github.com/" + repository().fullName());
    license().flatMap(GitHubLicense::spdxId).ifPresent(b::addLicenses);
    return b.build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GitHubRepository} values; not thread-safe. */
  final class Builder extends ImmutableGitHubRepository.Builder {}
}
