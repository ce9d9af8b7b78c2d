package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peatmoss.core.model.RepoRef;
import java.util.Optional;
import org.immutables.value.Value;

/** A file that may load a pre-trained model: found by a discovery, to be fetched and confirmed by the detector. */
@Value.Immutable
@JsonSerialize(as = ImmutableReuseCandidate.class)
public interface ReuseCandidate {
  /** Returns the repository. */
  RepoRef repository();

  /** Returns the file path in the repository. */
  String path();

  /** Returns the commit (or branch) the file was found at, when the discovery says. */
  Optional<String> ref();

  /** Returns the signature whose query found it. */
  ReuseSignature signature();

  /** Returns the discovery that found it, for example {@code github-code-search} or {@code sourcegraph}. */
  String source();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReuseCandidate} values; not thread-safe. */
  final class Builder extends ImmutableReuseCandidate.Builder {}
}
