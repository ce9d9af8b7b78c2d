package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss extract} command group; {@link CommandTree} lists its commands. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Extract PeaTMOSS metadata from model cards: deterministic parsing first, then (optionally) an LLM.")
final class ExtractCommand {}
