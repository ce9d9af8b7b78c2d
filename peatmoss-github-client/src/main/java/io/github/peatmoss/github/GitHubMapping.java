package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.model.GitHubComment;
import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.PullRequestFile;
import io.github.peatmoss.core.model.RepoRef;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Maps GitHub's REST JSON to the client's and core's values; lenient about absent and null fields. */
final class GitHubMapping {
  private GitHubMapping() {}

  static GitHubRepository repository(JsonNode json) {
    String fullName = text(json, "full_name")
        .orElseThrow(
            () -> new DecodeException("repository JSON without full_name; check the endpoint"));
    GitHubRepository.Builder b = GitHubRepository.builder()
        .repository(RepoRef.parse(fullName))
        .stars(json.path("stargazers_count").asLong(0))
        .forks(json.path("forks_count").asLong(0))
        .archived(json.path("archived").asBoolean(false))
        .fork(json.path("fork").asBoolean(false));
    if (json.path("id").isNumber()) {
      b.id(json.path("id").asLong());
    }
    text(json, "description").ifPresent(b::description);
    text(json, "default_branch").ifPresent(b::defaultBranch);
    text(json, "language").ifPresent(b::language);
    time(json, "created_at").ifPresent(b::createdAt);
    time(json, "pushed_at").ifPresent(b::pushedAt);
    for (JsonNode topic : json.path("topics")) {
      if (topic.isTextual()) {
        b.addTopics(topic.asText());
      }
    }
    JsonNode license = json.path("license");
    if (license.isObject()) {
      GitHubLicense.Builder l = GitHubLicense.builder().key(text(license, "key").orElse("other"));
      text(license, "name").ifPresent(l::name);
      text(license, "spdx_id").ifPresent(l::spdxId);
      b.license(l.build());
    }
    return b.build();
  }

  static CodeSearchHit codeHit(JsonNode item, SearchSlice slice) {
    String fullName = text(item.path("repository"), "full_name")
        .orElseThrow(() -> new DecodeException("code search item without repository.full_name"));
    String path =
        text(item, "path").orElseThrow(() -> new DecodeException("code search item without path"));
    CodeSearchHit.Builder b =
        CodeSearchHit.builder().repository(RepoRef.parse(fullName)).path(path).slice(slice);
    text(item, "sha").ifPresent(b::sha);
    Optional<String> html = text(item, "html_url");
    html.ifPresent(b::htmlUrl);
    html.flatMap(u -> refOf(u, path)).ifPresent(b::ref);
    return b.build();
  }

  /** Returns the ref of {@code https://github.com/o/r/blob/<ref>/<path>}. */
  static Optional<String> refOf(String htmlUrl, String path) {
    int blob = htmlUrl.indexOf("/blob/");
    if (blob < 0) {
      return Optional.empty();
    }
    String rest = htmlUrl.substring(blob + 6);
    int slash = rest.indexOf('/');
    return slash > 0 ? Optional.of(rest.substring(0, slash)) : Optional.empty();
  }

  static GitTreeEntry treeEntry(String prefix, JsonNode json) {
    GitTreeEntry.Builder b = GitTreeEntry.builder()
        .path(prefix
            + text(json, "path").orElseThrow(() -> new DecodeException("tree entry without path")))
        .mode(text(json, "mode").orElse(""))
        .type(text(json, "type").orElse("blob"))
        .sha(text(json, "sha").orElse(""));
    if (json.path("size").isNumber()) {
      b.size(json.path("size").asLong());
    }
    return b.build();
  }

  static GitHubIssue issue(JsonNode json, List<GitHubComment> comments) {
    String state = text(json, "state").orElse("open").toUpperCase(Locale.ROOT);
    GitHubIssue.Builder b = GitHubIssue.builder()
        .url(
            text(json, "html_url").orElseThrow(() -> new DecodeException("issue without html_url")))
        .state(state)
        .closed(state.equals("CLOSED"))
        .addAllLabels(names(json.path("labels"), "name"))
        .addAllAssignees(names(json.path("assignees"), "login"))
        .addAllComments(comments);
    number(json).ifPresent(b::number);
    text(json, "title").ifPresent(b::title);
    text(json, "body").ifPresent(b::body);
    text(json.path("user"), "login").ifPresent(b::author);
    time(json, "created_at").ifPresent(b::createdAt);
    time(json, "updated_at").ifPresent(b::updatedAt);
    time(json, "closed_at").ifPresent(b::closedAt);
    return b.build();
  }

  /**
   * Maps a pull request as the GitHub CLI reports it (what PeaTMOSS stored): state {@code OPEN}, {@code CLOSED}
   * or {@code MERGED}; mergeable {@code MERGEABLE}, {@code CONFLICTING} or {@code UNKNOWN}; the review decision
   * from each reviewer's latest review.
   */
  static GitHubPullRequest pullRequest(
      JsonNode json,
      JsonNode detail,
      List<PullRequestFile> files,
      List<JsonNode> reviews,
      List<GitHubComment> comments) {
    boolean merged = json.path("merged_at").isTextual() || detail.path("merged").asBoolean(false);
    String state = merged ? "MERGED" : text(json, "state").orElse("open").toUpperCase(Locale.ROOT);
    GitHubPullRequest.Builder b = GitHubPullRequest.builder()
        .url(text(json, "html_url")
            .orElseThrow(() -> new DecodeException("pull request without html_url")))
        .state(state)
        .closed(!state.equals("OPEN"))
        .draft(json.path("draft").asBoolean(false))
        .addAllLabels(names(json.path("labels"), "name"))
        .addAllAssignees(names(json.path("assignees"), "login"))
        .addAllReviewRequests(names(json.path("requested_reviewers"), "login"))
        .addAllFiles(files)
        .addAllComments(comments);
    number(json).ifPresent(b::number);
    text(json, "title").ifPresent(b::title);
    text(json, "body").ifPresent(b::body);
    text(json.path("user"), "login").ifPresent(b::author);
    text(json.path("base"), "ref").ifPresent(b::baseRefName);
    text(json.path("head"), "ref").ifPresent(b::headRefName);
    Optional<String> headRepo = text(json.path("head").path("repo"), "full_name");
    Optional<String> baseRepo = text(json.path("base").path("repo"), "full_name");
    b.crossRepository(headRepo.isEmpty() || !headRepo.equals(baseRepo));
    time(json, "created_at").ifPresent(b::createdAt);
    time(json, "updated_at").ifPresent(b::updatedAt);
    time(json, "closed_at").ifPresent(b::closedAt);
    time(json, "merged_at").ifPresent(b::mergedAt);
    if (detail.path("additions").isNumber()) {
      b.additions(detail.path("additions").asInt());
    }
    if (detail.path("deletions").isNumber()) {
      b.deletions(detail.path("deletions").asInt());
    }
    if (detail.path("changed_files").isNumber()) {
      b.changedFiles(detail.path("changed_files").asInt());
    }
    if (detail.has("mergeable")) {
      JsonNode m = detail.path("mergeable");
      b.mergeable(m.isBoolean() ? (m.asBoolean() ? "MERGEABLE" : "CONFLICTING") : "UNKNOWN");
    }
    text(detail.path("merged_by"), "login").ifPresent(b::mergedBy);
    reviewDecision(reviews).ifPresent(b::reviewDecision);
    return b.build();
  }

  /** Returns CHANGES_REQUESTED if any reviewer's latest verdict asks for changes, else APPROVED if any approves. */
  static Optional<String> reviewDecision(List<JsonNode> reviews) {
    Map<String, String> latest = new HashMap<>();
    for (JsonNode review : reviews) {
      String state = text(review, "state").orElse("");
      Optional<String> login = text(review.path("user"), "login");
      if (login.isPresent()
          && (state.equals("APPROVED")
              || state.equals("CHANGES_REQUESTED")
              || state.equals("DISMISSED"))) {
        latest.put(login.get(), state);
      }
    }
    if (latest.containsValue("CHANGES_REQUESTED")) {
      return Optional.of("CHANGES_REQUESTED");
    }
    return latest.containsValue("APPROVED") ? Optional.of("APPROVED") : Optional.empty();
  }

  static GitHubComment comment(JsonNode json) {
    GitHubComment.Builder b = GitHubComment.builder();
    text(json.path("user"), "login").ifPresent(b::author);
    text(json, "author_association").ifPresent(b::authorAssociation);
    text(json, "body").ifPresent(b::body);
    time(json, "created_at").ifPresent(b::createdAt);
    return b.build();
  }

  static PullRequestFile file(JsonNode json) {
    PullRequestFile.Builder b = PullRequestFile.builder()
        .path(text(json, "filename")
            .orElseThrow(() -> new DecodeException("pull request file without filename")));
    if (json.path("additions").isNumber()) {
      b.additions(json.path("additions").asInt());
    }
    if (json.path("deletions").isNumber()) {
      b.deletions(json.path("deletions").asInt());
    }
    return b.build();
  }

  private static OptionalInt number(JsonNode json) {
    return json.path("number").isNumber()
        ? OptionalInt.of(json.path("number").asInt())
        : OptionalInt.empty();
  }

  private static List<String> names(JsonNode array, String field) {
    List<String> names = new ArrayList<>();
    for (JsonNode item : array) {
      text(item, field).ifPresent(names::add);
    }
    return names;
  }

  static Optional<String> text(JsonNode json, String field) {
    JsonNode value = json.path(field);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  private static Optional<Instant> time(JsonNode json, String field) {
    Optional<String> text = text(json, field);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(text.get()));
    } catch (DateTimeParseException e) {
      throw new DecodeException("unreadable time in '" + field + "': " + text.get(), e);
    }
  }
}
