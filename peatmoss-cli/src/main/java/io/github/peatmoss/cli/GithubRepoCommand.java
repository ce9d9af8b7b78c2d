package io.github.peatmoss.cli;

import io.github.peatmoss.core.exception.ResourceNotFoundException;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.github.GitHubClient;
import io.github.peatmoss.github.GitHubLicense;
import io.github.peatmoss.github.GitHubRepository;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peatmoss github repo NAME...}: a repository's metadata with the license GitHub detected. */
@Command(
    name = "repo",
    mixinStandardHelpOptions = true,
    description =
        "Show repositories' metadata with their license (SPDX id, NOASSERTION, or none); renames followed.")
final class GithubRepoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  GithubClientOptions client;

  @Parameters(paramLabel = "NAME", arity = "1..*", description = "owner/name or a github.com URL.")
  List<String> names;

  /**
   * One repository as {@code --json} prints it. {@code license} is GitHub's {@code spdx_id} ({@code NOASSERTION}
   * for a license file GitHub cannot match, null without one); {@code licenseKey} and {@code licenseName} are
   * GitHub's key and name.
   */
  record RepoJson(
      String input,
      String repository,
      Long stars,
      Long forks,
      List<String> topics,
      Optional<String> defaultBranch,
      Optional<Instant> pushedAt,
      Boolean archived,
      Boolean fork,
      Optional<String> language,
      Optional<String> description,
      Optional<String> license,
      Optional<String> licenseKey,
      Optional<String> licenseName,
      Optional<String> error) {

    /** The result for an input that names no repository GitHub shows. */
    static RepoJson failed(String input, String error) {
      return new RepoJson(
          input,
          null,
          null,
          null,
          List.of(),
          Optional.empty(),
          Optional.empty(),
          null,
          null,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.of(error));
    }
  }

  @Override
  public Integer call() {
    List<RepoRef> refs = names.stream().map(CliIds::repository).toList();
    GitHubClient github = client.client();
    PrintWriter out = spec.commandLine().getOut();
    if (!json.json) {
      Output.header(
          out,
          "%-40s %8s %7s  %-12s %-8s %-20s %s%n",
          "REPOSITORY",
          "STARS",
          "FORKS",
          "LICENSE",
          "BRANCH",
          "PUSHED",
          "FLAGS");
    }
    int failed = 0;
    for (int i = 0; i < refs.size(); i++) {
      GitHubRepository r;
      try {
        r = github.getRepository(refs.get(i));
      } catch (ResourceNotFoundException e) {
        // One result per input: a missing repository is an error result, and the others are still
        // shown.
        failed++;
        String error = refs.get(i) + " not found: " + e.getMessage();
        if (json.json) {
          Output.jsonLine(out, RepoJson.failed(names.get(i), error));
        } else {
          out.printf("%-40s error: %s%n", refs.get(i), error);
        }
        continue;
      }
      if (json.json) {
        Output.jsonLine(
            out,
            new RepoJson(
                names.get(i),
                r.repository().fullName(),
                r.stars(),
                r.forks(),
                r.topics(),
                r.defaultBranch(),
                r.pushedAt(),
                r.isArchived(),
                r.isFork(),
                r.language(),
                r.description(),
                r.license().flatMap(GitHubLicense::spdxId),
                r.license().map(GitHubLicense::key),
                r.license().flatMap(GitHubLicense::name),
                Optional.empty()));
      } else {
        String flags = (r.isArchived() ? "archived " : "")
            + (r.isFork() ? "fork " : "")
            + (r.repository().equals(refs.get(i)) ? "" : "renamed from " + refs.get(i));
        out.printf(
            "%-40s %8d %7d  %-12s %-8s %-20s %s%n",
            r.repository(),
            r.stars(),
            r.forks(),
            r.license()
                .flatMap(GitHubLicense::spdxId)
                .orElse(r.license().isPresent() ? "(unknown)" : "none"),
            r.defaultBranch().orElse("-"),
            r.pushedAt().map(Instant::toString).orElse("-"),
            flags.strip());
      }
    }
    if (failed > 0) {
      return Main.FAILURE;
    }
    return Main.OK;
  }
}
