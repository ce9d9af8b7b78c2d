package io.github.peatmoss.cli;

import io.github.peatmoss.github.CodeSearchHit;
import io.github.peatmoss.github.GitHubClient;
import io.github.peatmoss.github.GitHubLicense;
import io.github.peatmoss.github.GitHubRepository;
import io.github.peatmoss.github.RepositorySearchHit;
import io.github.peatmoss.github.SearchSlice;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peatmoss github search QUERY}: repository search (or code search with {@code --code}), every hit even
 * past GitHub's 1,000-result cap: the query is cut into creation-date (or file-size) slices.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description =
        "Search repositories (or code with --code), past the 1,000-result cap by slicing the query.")
final class GithubSearchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  GithubClientOptions client;

  @Parameters(
      paramLabel = "QUERY",
      description = "GitHub search syntax, e.g. 'topic:transformers language:python'.")
  String query;

  @Option(
      names = "--code",
      description = "Search code (needs GITHUB_TOKEN on github.com; 10 requests a minute).")
  boolean code;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Stop after N hits (0: all).")
  long limit;

  /** A repository hit as {@code --json} prints it. */
  record RepositoryHitJson(
      String repository,
      long stars,
      long forks,
      Optional<String> license,
      boolean archived,
      boolean fork,
      String slice,
      boolean incompleteResults) {}

  /** A code hit as {@code --json} prints it. */
  record CodeHitJson(
      String repository,
      String path,
      Optional<String> ref,
      String slice,
      boolean incompleteResults) {}

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new UsageException("--limit must be >= 0: " + limit);
    }
    if (query.isBlank()) {
      throw new UsageException("QUERY must not be blank");
    }
    GitHubClient github = client.client();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Set<String> warned = new HashSet<>();
    long count = 0;
    if (code) {
      if (!json.json) {
        Output.header(out, "%-40s %s%n", "REPOSITORY", "PATH");
      }
      Iterator<CodeSearchHit> hits = github.searchCode(query).iterator();
      while (hits.hasNext() && (limit == 0 || count < limit)) {
        CodeSearchHit h = hits.next();
        warn(err, warned, h.slice());
        count++;
        if (json.json) {
          Output.jsonLine(
              out,
              new CodeHitJson(
                  h.repository().fullName(),
                  h.path(),
                  h.ref(),
                  h.slice().query(),
                  h.slice().incompleteResults()));
        } else {
          out.printf("%-40s %s%n", h.repository(), h.path());
        }
      }
    } else {
      if (!json.json) {
        Output.header(out, "%-40s %8s %-12s %s%n", "REPOSITORY", "STARS", "LICENSE", "FLAGS");
      }
      Iterator<RepositorySearchHit> hits = github.searchRepositories(query).iterator();
      while (hits.hasNext() && (limit == 0 || count < limit)) {
        RepositorySearchHit h = hits.next();
        warn(err, warned, h.slice());
        count++;
        GitHubRepository r = h.repository();
        Optional<String> license = r.license().flatMap(GitHubLicense::spdxId);
        if (json.json) {
          Output.jsonLine(
              out,
              new RepositoryHitJson(
                  r.repository().fullName(),
                  r.stars(),
                  r.forks(),
                  license,
                  r.isArchived(),
                  r.isFork(),
                  h.slice().query(),
                  h.slice().incompleteResults()));
        } else {
          out.printf(
              "%-40s %8d %-12s %s%n",
              r.repository(),
              r.stars(),
              license.orElse("none"),
              ((r.isArchived() ? "archived " : "") + (r.isFork() ? "fork" : "")).strip());
        }
      }
    }
    return Main.OK;
  }

  /** Says on stderr, once per slice, when GitHub's answer may be missing hits. */
  private static void warn(PrintWriter err, Set<String> warned, SearchSlice slice) {
    if (slice.isCapped() && warned.add("capped " + slice.query())) {
      err.println("warning: '" + slice.query() + "' has " + slice.totalCount()
          + " hits and cannot be cut" + " further; GitHub returns only the first 1,000");
      err.flush();
    }
    if (slice.incompleteResults() && warned.add("incomplete " + slice.query())) {
      err.println(
          "warning: GitHub reported incomplete results for '" + slice.query() + "' (it timed out)");
      err.flush();
    }
  }
}
