package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One event of a Hugging Face discussion: created, comment, status change, commit or title change. */
@Value.Immutable
@JsonSerialize(as = ImmutableDiscussionEvent.class)
@JsonDeserialize(as = ImmutableDiscussionEvent.class)
public interface DiscussionEvent {

  /** Returns the hub event id. */
  Optional<String> eventId();

  /** Returns the event type as the hub names it, for example {@code comment} or {@code status-change}. */
  Optional<String> type();

  /** Returns when the event happened. */
  Optional<Instant> createdAt();

  /** Returns the author name ({@code deleted} for deleted users, as the hub reports them). */
  Optional<String> author();

  /** Returns the comment text. */
  Optional<String> content();

  /** Returns whether the comment was edited. */
  @Value.Default
  default boolean isEdited() {
    return false;
  }

  /** Returns whether the comment was hidden. */
  @Value.Default
  default boolean isHidden() {
    return false;
  }

  /** Returns the new status of a status change. */
  Optional<String> newStatus();

  /** Returns the summary of a commit event. */
  Optional<String> summary();

  /** Returns the sha of a commit event. */
  Optional<String> oid();

  /** Returns the previous title of a title change. */
  Optional<String> oldTitle();

  /** Returns the new title of a title change. */
  Optional<String> newTitle();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link DiscussionEvent} values; not thread-safe. */
  final class Builder extends ImmutableDiscussionEvent.Builder {}
}
