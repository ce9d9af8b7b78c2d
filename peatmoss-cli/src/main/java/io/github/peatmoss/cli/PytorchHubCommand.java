package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss pytorch-hub} command group. */
@Command(
    name = "pytorch-hub",
    mixinStandardHelpOptions = true,
    description = "Mine PyTorch Hub: list, mine.",
    subcommands = {})
final class PytorchHubCommand {}
