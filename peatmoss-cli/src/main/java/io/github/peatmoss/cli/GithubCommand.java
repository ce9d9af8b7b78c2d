package io.github.peatmoss.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code peatmoss github} command group; its commands are not in this build yet. */
@Command(
    name = "github",
    mixinStandardHelpOptions = true,
    subcommands = {GithubScanCommand.class},
    description = "Find GitHub repositories that reuse a model and the files where they do. (Not in this build yet.)")
final class GithubCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("the 'github' commands are not in this build yet; see README.md for what is");
  }
}
