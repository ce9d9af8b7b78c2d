package io.github.peatmoss.dataset;

import static io.github.peatmoss.dataset.WriterRows.text;
import static io.github.peatmoss.dataset.WriterRows.time;

import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.DiscussionEvent;
import io.github.peatmoss.core.model.GitRef;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.dataset.WriterRows.WrittenRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/** Upserts of a model's Hugging Face activity: commits, branches and tags, discussions. */
final class ActivityUpserts {
  private static final List<String> COMMIT_COLUMNS =
      List.of("commit_id", "created_at", "title", "message", "model_id");
  private static final List<String> REF_COLUMNS = List.of("name", "ref", "target_commit");
  private static final List<String> DISCUSSION_COLUMNS = List.of(
      "title",
      "status",
      "num",
      "repo_id",
      "repo_type",
      "is_pull_request",
      "created_at",
      "endpoint",
      "target_branch",
      "merge_commit_oid",
      "diff",
      "model_id");
  private static final List<String> EVENT_COLUMNS = List.of(
      "event_id",
      "type",
      "created_at",
      "author",
      "content",
      "edited",
      "hidden",
      "new_status",
      "summary",
      "oid",
      "old_title",
      "new_title");

  private final WriterRows rows;
  private final Lookups lookups;
  private final SetSync sets;

  ActivityUpserts(WriterRows rows, Lookups lookups, SetSync sets) {
    this.rows = rows;
    this.lookups = lookups;
    this.sets = sets;
  }

  void commit(HfCommit commit) {
    long model = lookups.ensureModel(commit.model());
    OptionalLong existing = WriterRows.id(rows.query(ActivityUpserts.class, "commit-by-key")
        .bind("model", model)
        .bind("commitId", commit.commitId()));
    WrittenRow row = rows.upsertRow(
        existing,
        "hf_commit",
        COMMIT_COLUMNS,
        Arrays.asList(
            commit.commitId(),
            time(commit.createdAt()),
            text(commit.title()),
            text(commit.message()),
            model));
    sets.syncSet(
        "hf_commit_to_author",
        "hf_commit_id",
        "author_id",
        row,
        lookups.lookupAll("author", "name", commit.authors()));
  }

  void gitRef(GitRef ref) {
    long model = lookups.ensureModel(ref.model());
    OptionalLong group =
        WriterRows.id(rows.query(ActivityUpserts.class, "ref-group").bind("model", model));
    long groupRow = group.isPresent()
        ? group.getAsLong()
        : WriterRows.insert(
            rows.query(ActivityUpserts.class, "insert-ref-group").bind("model", model));
    String junction =
        ref.kind() == GitRef.Kind.BRANCH ? "hf_git_ref_to_branch" : "hf_git_ref_to_tag";
    OptionalLong info = WriterRows.id(rows.query(ActivityUpserts.class, "ref-info")
        .define("junction", junction)
        .bind("group", groupRow)
        .bind("name", ref.name()));
    long infoRow = rows.upsertRow(
            info,
            "hf_git_ref_info",
            REF_COLUMNS,
            Arrays.asList(ref.name(), text(ref.ref()), text(ref.targetCommit())))
        .id();
    if (info.isEmpty()) {
      rows.update(ActivityUpserts.class, "insert-ref-link")
          .define("junction", junction)
          .bind("group", groupRow)
          .bind("info", infoRow)
          .execute();
    }
  }

  void discussion(Discussion discussion) {
    long model = lookups.ensureModel(discussion.model());
    OptionalLong existing = WriterRows.id(rows.query(ActivityUpserts.class, "discussion-by-key")
        .bind("model", model)
        .bind("num", discussion.num()));
    WrittenRow row = rows.upsertRow(
        existing,
        "discussion",
        DISCUSSION_COLUMNS,
        Arrays.asList(
            text(discussion.title()),
            text(discussion.status()),
            discussion.num(),
            text(discussion.repoId()),
            text(discussion.repoType()),
            discussion.isPullRequest(),
            time(discussion.createdAt()),
            text(discussion.endpoint()),
            text(discussion.targetBranch()),
            text(discussion.mergeCommitOid()),
            text(discussion.diff()),
            model));
    sets.syncSet(
        "discussion_to_author",
        "discussion_id",
        "author_id",
        row,
        lookups.lookupAll("author", "name", discussion.authors()));
    sets.syncRows(
        "file_path",
        "discussion_id",
        row,
        List.of("path"),
        discussion.conflictingFiles().stream()
            .map(path -> List.<Object>of(path))
            .toList());
    List<List<Object>> events = new ArrayList<>();
    for (DiscussionEvent e : discussion.events()) {
      events.add(Arrays.asList(
          text(e.eventId()),
          text(e.type()),
          time(e.createdAt()),
          text(e.author()),
          text(e.content()),
          e.isEdited(),
          e.isHidden(),
          text(e.newStatus()),
          text(e.summary()),
          text(e.oid()),
          text(e.oldTitle()),
          text(e.newTitle())));
    }
    sets.syncRows("discussion_event", "discussion_id", row, EVENT_COLUMNS, events);
  }
}
