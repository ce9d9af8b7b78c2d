package io.github.peatmoss.cli;

import io.github.peatmoss.core.exception.PeatmossException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code peatmoss} command. */
public final class Main {
  /** Exit code of a command that succeeded. */
  static final int OK = 0;
  /** Exit code of a command that failed; stderr holds a one-line message. */
  static final int FAILURE = 1;
  /** Exit code of a command line that could not be understood. */
  static final int USAGE = 2;

  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = ProcessStreams.stdout();
    PrintWriter err = ProcessStreams.stderr(out);
    System.exit(run(args, out, err));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = configure(CommandTree.forArguments(args), out, err);
    int code;
    try {
      code = cli.execute(args);
      out.flush();
    } catch (OutputClosedException e) {
      code = OK; // the reader of stdout went away: nothing more to say
    }
    err.flush();
    return code;
  }

  /** Returns the whole command tree, configured as {@link #run} configures the part it builds. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return configure(CommandTree.full(), out, err);
  }

  /** Sets streams and handlers on {@code cli} and every command under it (so call it after adding them). */
  private static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(
        e -> e instanceof CommandLine.ParameterException ? USAGE : FAILURE);
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine failed = e.getCommandLine();
      failed.getErr().println("peatmoss: " + e.getMessage());
      failed
          .getErr()
          .println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
      if (e instanceof OutputClosedException) {
        return OK;
      }
      failed.getErr().println("peatmoss: " + describe(e));
      Object root = failed.getCommandSpec().root().userObject();
      if (root instanceof PeatmossCommand && ((PeatmossCommand) root).stacktrace) {
        e.printStackTrace(failed.getErr());
      }
      return e instanceof UsageException ? USAGE : FAILURE;
    });
    return cli;
  }

  /** Returns a one-line message for a failure; unexpected ones name their type so a bug report can quote it. */
  static String describe(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage().replace('\n', ' ');
    if (e instanceof PeatmossException
        || e instanceof IllegalArgumentException
        || e instanceof IllegalStateException
        || e instanceof UsageException) {
      return message;
    }
    return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message)
        + " (unexpected; rerun with --stacktrace and report it)";
  }
}
