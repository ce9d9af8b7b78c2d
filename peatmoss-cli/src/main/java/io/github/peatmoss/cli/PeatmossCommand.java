package io.github.peatmoss.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The root {@code peatmoss} command: only groups live here ({@link CommandTree} lists them). */
@Command(
    name = "peatmoss",
    mixinStandardHelpOptions = true,
    versionProvider = PeatmossCommand.Version.class,
    description =
        "Mine the supply chain of pre-trained models: the PeaTMOSS dataset, model hubs, GitHub reuse, licenses.",
    footer = {
      "",
      "Every command takes --json for machine-readable output on stdout; diagnostics go to stderr.",
      "Exit codes: 0 success, 1 failure, 2 bad usage."
    })
final class PeatmossCommand {
  @Option(
      names = "--stacktrace",
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of a failure (for bug reports).")
  boolean stacktrace;

  /** Reads the version the build wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {line()};
    }

    /** Returns the version line, {@code peatmoss 1.2.3}. */
    static String line() {
      return "peatmoss " + version();
    }

    static String version() {
      try (InputStream in = PeatmossCommand.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          return "unknown";
        }
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "unknown");
      } catch (IOException e) {
        throw new InputException(
            "cannot read the version from the peatmoss jar: " + e.getMessage()
                + "; the installation may be damaged, reinstall it",
            e);
      }
    }
  }
}
