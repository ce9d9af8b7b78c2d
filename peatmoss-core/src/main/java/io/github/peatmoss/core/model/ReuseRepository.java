package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A downstream GitHub repository that reuses pre-trained models ({@code reuse_repository}). */
@Value.Immutable
@JsonSerialize(as = ImmutableReuseRepository.class)
@JsonDeserialize(as = ImmutableReuseRepository.class)
public interface ReuseRepository {

  /** Returns the repository. */
  RepoRef repository();

  /** Returns the URL as stored ({@code github.com/owner/name}). */
  Optional<String> url();

  /** Returns the repository licenses as detected (R2 {@code reuse_repository_to_license}). */
  List<String> licenses();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ReuseRepository} values; not thread-safe. */
  final class Builder extends ImmutableReuseRepository.Builder {}
}
