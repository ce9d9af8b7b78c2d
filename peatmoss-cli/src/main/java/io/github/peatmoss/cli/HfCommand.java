package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss hf} command group; {@link CommandTree} lists its commands. */
@Command(
    name = "hf",
    mixinStandardHelpOptions = true,
    description =
        "Mine the Hugging Face Hub: list, model, card, mine, snapshot. Set HF_TOKEN for higher rate limits.")
final class HfCommand {}
