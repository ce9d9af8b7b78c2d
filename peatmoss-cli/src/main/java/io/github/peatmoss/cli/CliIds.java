package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;

/** Parses ids given on the command line, turning a malformed one into a usage error (exit 2). */
final class CliIds {
  private CliIds() {}

  static ModelId model(String text) {
    try {
      return ModelId.of(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static RepoRef repository(String text) {
    try {
      return RepoRef.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
