package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.DiscussionEvent;
import io.github.peatmoss.core.model.GitRef;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.core.model.ModelId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Maps the Hub's repository-history JSON (refs, commits, discussions and their events) to values, the way
 * {@code huggingface_hub} reads it: a missing author is the user {@code deleted}, a comment's text is
 * {@code data.latest.raw}, a pull request's target branch is {@code changes.base}. Stateless.
 */
final class HistoryJson {
  /** The name the Hub gives an author that no longer exists. */
  static final String DELETED_AUTHOR = "deleted";

  private HistoryJson() {}

  static List<GitRef> refs(ModelId model, JsonNode body, String source) {
    if (!body.isObject()) {
      throw new DecodeException(
          source + ": expected a JSON object with 'branches' and 'tags'; check the endpoint");
    }
    List<GitRef> refs = new ArrayList<>();
    addRefs(refs, model, GitRef.Kind.BRANCH, body.get("branches"), source);
    addRefs(refs, model, GitRef.Kind.TAG, body.get("tags"), source);
    return refs;
  }

  private static void addRefs(
      List<GitRef> out, ModelId model, GitRef.Kind kind, JsonNode array, String source) {
    if (array == null || array.isNull()) {
      return;
    }
    if (!array.isArray()) {
      throw new DecodeException(source + ": '" + (kind == GitRef.Kind.BRANCH ? "branches" : "tags")
          + "' is not an array");
    }
    for (JsonNode node : array) {
      Optional<String> name = text(node, "name");
      if (name.isEmpty()) {
        throw new DecodeException(source + ": a ref without a 'name'");
      }
      out.add(GitRef.builder()
          .model(model)
          .kind(kind)
          .name(name.get())
          .ref(text(node, "ref"))
          .targetCommit(text(node, "targetCommit"))
          .build());
    }
  }

  static HfCommit commit(ModelId model, JsonNode node, String source) {
    Optional<String> id = text(node, "id");
    if (id.isEmpty()) {
      throw new DecodeException(source + ": a commit without an 'id'");
    }
    HfCommit.Builder commit = HfCommit.builder()
        .model(model)
        .commitId(id.get())
        .createdAt(ModelJson.instant(node, "date"))
        .title(text(node, "title"))
        .message(text(node, "message"));
    JsonNode authors = node.get("authors");
    if (authors != null && authors.isArray()) {
      for (JsonNode author : authors) {
        // A commit author who is not (or no longer) a Hub user has no 'user'; the Hub shows only a
        // git name.
        text(author, "user").ifPresent(commit::addAuthors);
      }
    }
    return commit.build();
  }

  static HfDiscussionSummary summary(ModelId model, JsonNode node, String source) {
    JsonNode num = node.get("num");
    if (num == null || !num.canConvertToInt()) {
      throw new DecodeException(source + ": a discussion without a number ('num')");
    }
    JsonNode repo = node.get("repo");
    JsonNode comments = node.get("numComments");
    return HfDiscussionSummary.builder()
        .model(model)
        .num(num.asInt())
        .title(text(node, "title"))
        .status(text(node, "status"))
        .pullRequest(node.path("isPullRequest").asBoolean(false))
        .createdAt(ModelJson.instant(node, "createdAt"))
        .author(author(node))
        .repoId(repo == null ? Optional.empty() : text(repo, "name"))
        .repoType(repo == null ? Optional.empty() : text(repo, "type"))
        .numComments(
            comments != null && comments.canConvertToInt()
                ? OptionalInt.of(comments.asInt())
                : OptionalInt.empty())
        .build();
  }

  static Discussion discussion(ModelId model, JsonNode node, String endpoint, String source) {
    HfDiscussionSummary summary = summary(model, node, source);
    Discussion.Builder discussion = Discussion.builder().from(summary.toDiscussion(endpoint));
    if (summary.isPullRequest()) {
      JsonNode changes = node.path("changes");
      discussion.targetBranch(text(changes, "base")).mergeCommitOid(text(changes, "mergeCommitId"));
      discussion.diff(text(node, "diff"));
      JsonNode conflicts = node.get("filesWithConflicts");
      // The Hub sends 'true' instead of a list when there are too many conflicting files to name.
      if (conflicts != null && conflicts.isArray()) {
        for (JsonNode path : conflicts) {
          if (path.isTextual()) {
            discussion.addConflictingFiles(path.asText());
          }
        }
      }
    }
    JsonNode events = node.get("events");
    if (events != null && events.isArray()) {
      for (JsonNode event : events) {
        discussion.addEvents(event(event));
      }
    }
    return discussion.build();
  }

  static DiscussionEvent event(JsonNode node) {
    String type = text(node, "type").orElse("");
    JsonNode data = node.path("data");
    DiscussionEvent.Builder event = DiscussionEvent.builder()
        .eventId(text(node, "id"))
        .type(text(node, "type"))
        .createdAt(ModelJson.instant(node, "createdAt"))
        .author(author(node));
    switch (type) {
      case "comment" ->
        event
            .content(text(data.path("latest"), "raw"))
            .edited(data.path("edited").asBoolean(false))
            .hidden(data.path("hidden").asBoolean(false));
      case "status-change" -> event.newStatus(text(data, "status"));
      case "commit" -> event.summary(text(data, "subject")).oid(text(data, "oid"));
      case "title-change" -> event.oldTitle(text(data, "from")).newTitle(text(data, "to"));
      default -> {
        // Other event types keep their id, type, time and author only, as PeaTMOSS stores them.
      }
    }
    return event.build();
  }

  private static String author(JsonNode node) {
    JsonNode author = node.get("author");
    return author == null || !author.isObject()
        ? DELETED_AUTHOR
        : text(author, "name").orElse(DELETED_AUTHOR);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() && !value.isNull()
        ? Optional.of(value.asText())
        : Optional.empty();
  }
}
