package io.github.peatmoss.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of a listing: its items and the opaque token that fetches the next page. A page without a
 * continuation token is the last one. For Link-paginated services the token is the next page's URL, so a
 * stored token resumes a crawl where it stopped.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePage.class)
@JsonDeserialize(as = ImmutablePage.class)
public interface Page<T> {
  /** Returns the items of this page, in server order. */
  List<T> items();

  /** Returns the token of the next page; empty on the last page. */
  Optional<String> continuationToken();

  /** Returns a page of {@code items} followed by the page {@code next}, or the last page if {@code next} is null. */
  static <T> Page<T> of(List<T> items, String next) {
    return ImmutablePage.<T>builder()
        .items(items)
        .continuationToken(Optional.ofNullable(next))
        .build();
  }
}
