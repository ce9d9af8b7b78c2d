package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss github} command group; {@link CommandTree} lists its commands. */
@Command(
    name = "github",
    mixinStandardHelpOptions = true,
    description =
        "Find GitHub repositories that reuse models, with their licenses, files, issues and pull requests.")
final class GithubCommand {}
