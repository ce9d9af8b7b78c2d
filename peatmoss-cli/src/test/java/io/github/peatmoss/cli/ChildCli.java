package io.github.peatmoss.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The command line that runs the CLI in a child JVM on the test class path (for kill and broken-pipe tests). */
final class ChildCli {
  private ChildCli() {}

  /** {@code java [jvmOptions] -cp <test class path> Main}; append the CLI's arguments. */
  static List<String> command(String... jvmOptions) {
    return command(Main.class, jvmOptions);
  }

  /** {@code java [jvmOptions] -cp <test class path> MAIN}; append its arguments. */
  static List<String> command(Class<?> main, String... jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(jvmOptions));
    command.add("-cp");
    // Surefire's booter jar names the test class path in its manifest; it also works as -cp.
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(main.getName());
    return command;
  }

  /** {@link #command} followed by the CLI's arguments. */
  static ProcessBuilder process(List<String> jvmOptions, String... cliArguments) {
    List<String> command = command(jvmOptions.toArray(String[]::new));
    command.addAll(Arrays.asList(cliArguments));
    return new ProcessBuilder(command);
  }
}
