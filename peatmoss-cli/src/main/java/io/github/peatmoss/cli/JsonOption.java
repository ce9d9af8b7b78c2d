package io.github.peatmoss.cli;

import picocli.CommandLine.Option;

/** The {@code --json} option every leaf command mixes in. */
final class JsonOption {
  @Option(
      names = "--json",
      description = "Print machine-readable JSON on stdout (JSON lines for streams).")
  boolean json;
}
