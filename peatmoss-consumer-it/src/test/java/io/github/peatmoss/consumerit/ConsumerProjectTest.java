package io.github.peatmoss.consumerit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds a separate Maven project the way a user of the SDK would: the README's "Use it as a library" snippets
 * (BOM import and dependencies, {@code module-info.java}, {@code QuickStart.java}) pasted as they stand into
 * {@code src/test/resources/consumer-project}, against the SDK just built (installed into {@code
 * target/local-repo} by invoker:install). The project compiles with {@code -Xlint:all -Werror}, runs the
 * enforcer's {@code dependencyConvergence} and a test with the sample extension, then runs {@code QuickStart} on
 * the class path and on the module path (no {@code --add-modules}).
 */
class ConsumerProjectTest {
  private static final Path MODULE_DIR = Path.of("").toAbsolutePath();
  private static final Path ROOT = MODULE_DIR.getParent();
  private static final Path PROJECT = MODULE_DIR.resolve("target/consumer-project");
  private static final String SECTION = "## Use it as a library";

  private static Readme readme;
  private static int exitCode;
  private static String output;

  record Readme(String dependencies, String moduleInfo, String quickStart) {}

  @BeforeAll
  static void buildConsumerProject() throws IOException, InterruptedException {
    readme = readmeSnippets(Files.readString(ROOT.resolve("README.md")));
    writeProject(readme);
    Path log = MODULE_DIR.resolve("target/consumer-project.log");
    ProcessBuilder builder = new ProcessBuilder(mavenCommand())
        .directory(PROJECT.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("consumer.javaHome"));
    Process build = builder.start();
    exitCode = build.waitFor();
    output = Files.readString(log);
  }

  @Test
  void readme_dependencySnippet_importsTheBomAtThisVersion_andDeclaresOnlySdkArtifacts() {
    assertThat(readme.dependencies())
        .contains("<artifactId>peatmoss-bom</artifactId>")
        .contains("<version>" + System.getProperty("consumer.sdkVersion") + "</version>")
        .contains("<scope>import</scope>");
    assertThat(Pattern.compile("<groupId>([^<]+)</groupId>")
            .matcher(readme.dependencies())
            .results()
            .map(m -> m.group(1)))
        .containsOnly("io.github.peatmoss");
  }

  @Test
  void consumerBuild_passesWithLintAsErrorsConvergenceAndItsTest() {
    assertThat(exitCode)
        .as("consumer build exit code; see target/consumer-project.log")
        .isZero();
    assertThat(output)
        .contains("BUILD SUCCESS")
        .contains("Rule 0: org.apache.maven.enforcer.rules.dependency.DependencyConvergence passed")
        .containsPattern("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
  }

  @Test
  void quickStart_runsOnTheClassPathAndOnTheModulePath() {
    assertThat(exitCode)
        .as("consumer build exit code; see target/consumer-project.log")
        .isZero();
    int classPath = output.indexOf("(run-on-class-path)");
    int modulePath = output.indexOf("(run-on-module-path)");
    assertThat(classPath).as("class-path run").isNotNegative().isLessThan(modulePath);
    List<String> runs =
        List.of(output.substring(classPath, modulePath), output.substring(modulePath));
    for (String run : runs) {
      String mode = run.substring(1, run.indexOf(')'));
      assertThat(run).contains("MIT model in an Apache-2.0 project: COMPATIBLE");
      assertThat(run).contains("Hugging Face client ready, 5 models per page");
      assertThat(run.lines().filter(l -> l.matches("\\S+/\\S+ \\d+")).count())
          .as("top-3 model lines of %s", mode)
          .isGreaterThanOrEqualTo(3);
    }
  }

  /** The three code blocks of the README's library section: the XML, {@code module-info}, the class. */
  static Readme readmeSnippets(String markdown) {
    int start = markdown.indexOf(SECTION);
    assertThat(start).as("README section '%s'", SECTION).isNotNegative();
    int end = markdown.indexOf("\n## ", start + SECTION.length());
    String section = markdown.substring(start, end < 0 ? markdown.length() : end);
    Matcher block = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL).matcher(section);
    String xml = null;
    List<String> java = new ArrayList<>();
    while (block.find()) {
      if (block.group(1).equals("xml") && xml == null) {
        xml = block.group(2);
      } else if (block.group(1).equals("java")) {
        java.add(block.group(2));
      }
    }
    assertThat(xml).as("the xml block").isNotNull();
    assertThat(java).as("the java blocks (module-info, QuickStart)").hasSize(2);
    assertThat(java.get(0)).startsWith("module consumer {");
    assertThat(java.get(1))
        .startsWith("package example;")
        .contains("public final class QuickStart");
    return new Readme(xml, java.get(0), java.get(1));
  }

  private static void writeProject(Readme snippets) throws IOException {
    Path template = MODULE_DIR.resolve("src/test/resources/consumer-project");
    deleteRecursively(PROJECT);
    try (Stream<Path> files = Files.walk(template)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path target = PROJECT.resolve(template.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    Path pom = PROJECT.resolve("pom.xml");
    String text = Files.readString(pom);
    assertThat(text).contains("<!-- README-DEPENDENCIES -->");
    Files.writeString(pom, text.replace("<!-- README-DEPENDENCIES -->", snippets.dependencies()));
    Path main = PROJECT.resolve("src/main/java");
    Files.createDirectories(main.resolve("example"));
    Files.writeString(
        main.resolve("module-info.java"), snippets.moduleInfo(), StandardCharsets.UTF_8);
    Files.writeString(
        main.resolve("example/QuickStart.java"), snippets.quickStart(), StandardCharsets.UTF_8);
  }

  /** The Maven running this build, on the SDK in target/local-repo, falling back to the user's cache. */
  private static List<String> mavenCommand() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("consumer.mavenHome"), "bin", "mvn").toString());
    command.add("-B");
    if ("offline=true".equals(System.getProperty("consumer.offline"))) {
      command.add("-o");
    }
    command.add("-Dmaven.repo.local=" + System.getProperty("consumer.localRepository"));
    // Maven 3.9: a read-only second local repository, so plugins and third-party jars come from the
    // user's
    // cache without a download (the build also works offline).
    command.add("-Dmaven.repo.local.tail=" + System.getProperty("consumer.remoteCache"));
    command.add("verify");
    return command;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted((a, b) -> b.compareTo(a))::iterator) {
        Files.delete(p);
      }
    }
  }
}
