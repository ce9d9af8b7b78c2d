package io.github.peatmoss.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class PagedIterableTest {
  /** Three pages a, b, c of two items each; records every token asked for. */
  private final List<Optional<String>> requested = new ArrayList<>();

  private final Map<String, Page<Integer>> pages = Map.of(
      "", Page.of(List.of(1, 2), "b"),
      "b", Page.of(List.of(3, 4), "c"),
      "c", Page.of(List.of(5, 6), null));
  private final PagedIterable<Integer> listing = PagedIterable.of(token -> {
    requested.add(token);
    return pages.get(token.orElse(""));
  });

  @Test
  void of_sendsNothingUntilIterated() {
    assertThat(listing).isNotNull();
    assertThat(requested).isEmpty();
  }

  @Test
  void stream_limit_fetchesOnlyThePagesNeeded() {
    assertThat(listing.stream().limit(3).collect(Collectors.toList())).containsExactly(1, 2, 3);
    assertThat(requested).containsExactly(Optional.empty(), Optional.of("b"));
  }

  @Test
  void iterator_isReiterableFromTheFirstPage() {
    assertThat(listing).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(listing).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(requested)
        .hasSize(6)
        .startsWith(Optional.empty())
        .contains(Optional.empty(), Optional.of("c"));
  }

  @Test
  void byPage_exposesContinuationTokens() {
    List<Optional<String>> tokens = StreamSupport.stream(listing.byPage().spliterator(), false)
        .map(Page::continuationToken)
        .collect(Collectors.toList());
    assertThat(tokens).containsExactly(Optional.of("b"), Optional.of("c"), Optional.empty());
  }

  @Test
  void byPageFromToken_resumesWithoutRefetchingEarlierPages() {
    List<Integer> items = StreamSupport.stream(listing.byPage("c").spliterator(), false)
        .flatMap(p -> p.items().stream())
        .collect(Collectors.toList());
    assertThat(items).containsExactly(5, 6);
    assertThat(requested).containsExactly(Optional.of("c"));
  }

  @Test
  void iterator_skipsEmptyPagesThatHaveANextToken() {
    PagedIterable<String> sparse = PagedIterable.of(
        token -> token.isEmpty() ? Page.of(List.of(), "x") : Page.of(List.of("only"), null));
    assertThat(sparse).containsExactly("only");
  }

  @Test
  void iterator_whenServerRepeatsItsToken_failsInsteadOfLooping() {
    PagedIterable<String> stuck = PagedIterable.of(token -> Page.of(List.of("again"), "same"));
    assertThatThrownBy(() -> stuck.stream().count())
        .isInstanceOf(io.github.peatmoss.core.exception.DecodeException.class)
        .hasMessageContaining("already returned (a cycle of pages), so it was stopped: same");
  }

  @Test
  void iterator_whenPagesLinkInACycle_failsNamingThePage() {
    List<String> fetched = new java.util.ArrayList<>();
    PagedIterable<String> cycle = PagedIterable.of(token -> {
      fetched.add(token.orElse("first"));
      return token.isEmpty()
          ? Page.of(List.of("start"), "A")
          : token.get().equals("A") ? Page.of(List.of("a"), "B") : Page.of(List.of("b"), "A");
    });
    assertThatThrownBy(() -> cycle.stream().count())
        .isInstanceOf(io.github.peatmoss.core.exception.DecodeException.class)
        .hasMessageEndingWith("so it was stopped: A");
    assertThat(fetched).containsExactly("first", "A", "B");
  }

  @Test
  void map_appliesPerItemAndStaysLazy() {
    PagedIterable<String> mapped = listing.map(i -> "#" + i);
    assertThat(requested).isEmpty();
    assertThat(mapped.stream().limit(2)).containsExactly("#1", "#2");
    assertThat(requested).containsExactly(Optional.empty());
  }

  @Test
  void empty_hasNoItems() {
    assertThat(PagedIterable.empty()).isEmpty();
  }
}
