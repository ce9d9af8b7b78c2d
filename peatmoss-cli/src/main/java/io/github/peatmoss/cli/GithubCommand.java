package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss github} command group. */
@Command(
    name = "github",
    mixinStandardHelpOptions = true,
    description =
        "Find GitHub repositories that reuse models, with their licenses, files, issues and pull requests.",
    subcommands = {
      GithubRepoCommand.class,
      GithubSearchCommand.class,
      GithubMineCommand.class,
      GithubScanCommand.class
    })
final class GithubCommand {}
