package io.github.peatmoss.cli;

import io.github.peatmoss.dataset.Miner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * A {@code github mine} process for {@link GithubMineStepKillTest}: {@code K ARGS...} runs the command with
 * {@code ARGS} exactly as {@code peatmoss github mine} does, except that inside repository K's transaction,
 * after its rows are written and before its checkpoint, it prints {@code written K} and blocks on stdin until
 * the test kills it. Progress goes to stderr as usual.
 */
public final class CrashableGithubMine {
  private CrashableGithubMine() {}

  /** Runs the command: {@code STOP_INSIDE_REPOSITORY github-mine-arguments...}. */
  public static void main(String[] args) {
    int stopInside = Integer.parseInt(args[0]);
    PrintStream signal = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    GithubMineCommand command = new GithubMineCommand();
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(new StringWriter()));
    line.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    line.parseArgs(Arrays.copyOfRange(args, 1, args.length));
    command.mine(write -> (Miner.PageWriter<GithubMining.Step>) (batch, steps) -> {
      write.write(batch, steps);
      for (GithubMining.Step step : steps) {
        if (step instanceof GithubMining.Mined m && m.index() == stopInside) {
          signal.println("written " + m.index());
          try {
            int ignored = System.in.read();
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        }
      }
    });
  }
}
