package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss pytorch-hub} command group. */
@Command(
    name = "pytorch-hub",
    mixinStandardHelpOptions = true,
    description = "Mine PyTorch Hub: list, mine. Set GITHUB_TOKEN for higher GitHub limits.",
    subcommands = {PytorchHubListCommand.class, PytorchHubMineCommand.class})
final class PytorchHubCommand {}
