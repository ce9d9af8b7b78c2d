package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peatmoss.core.model.RepoRef;
import java.util.Optional;
import org.immutables.value.Value;

/** A file found by code search. The repository GitHub embeds is minimal: fetch it for stars or license. */
@Value.Immutable
@JsonSerialize(as = ImmutableCodeSearchHit.class)
public interface CodeSearchHit {
  /** Returns the repository. */
  RepoRef repository();

  /** Returns the file path. */
  String path();

  /** Returns the blob sha. */
  Optional<String> sha();

  /** Returns the commit or branch the hit was indexed at, from its {@code html_url}. */
  Optional<String> ref();

  /** Returns the page on github.com. */
  Optional<String> htmlUrl();

  /** Returns the slice of the search this hit came from. */
  SearchSlice slice();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CodeSearchHit} values; not thread-safe. */
  final class Builder extends ImmutableCodeSearchHit.Builder {}
}
