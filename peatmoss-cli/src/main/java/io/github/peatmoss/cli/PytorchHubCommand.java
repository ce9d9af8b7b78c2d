package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss pytorch-hub} command group; {@link CommandTree} lists its commands. */
@Command(
    name = "pytorch-hub",
    mixinStandardHelpOptions = true,
    description = "Mine PyTorch Hub: list, mine. Set GITHUB_TOKEN for higher GitHub limits.")
final class PytorchHubCommand {}
