package io.github.peatmoss.pytorchhub;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The entrypoints and dependencies of a repository's {@code hubconf.py}, read statically (the file is never
 * run): top-level functions, names imported with {@code from ... import}, and {@code lambda}/{@code partial}
 * assignments, minus names starting with {@code _}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHubConf.class)
public interface HubConf {
  /** Returns the repository. */
  RepoRef repository();

  /** Returns the ref the file was read at. */
  String ref();

  /** Returns the {@code dependencies} list (pip package names). */
  List<String> dependencies();

  /** Returns the entrypoints, in file order. */
  List<HubEntrypoint> entrypoints();

  /** Returns what could not be read statically, such as {@code from x import *}. */
  List<String> warnings();

  /** Returns the PeaTMOSS ids of the entrypoints. */
  default List<ModelId> modelIds() {
    return entrypoints().stream()
        .map(e -> ModelId.pytorchHub(repository(), e.name()))
        .collect(Collectors.toList());
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HubConf} values; not thread-safe. */
  final class Builder extends ImmutableHubConf.Builder {}
}
