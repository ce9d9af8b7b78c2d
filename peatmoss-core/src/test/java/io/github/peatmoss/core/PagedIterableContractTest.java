package io.github.peatmoss.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What iterators promise at their ends, and what page-wise mapping keeps. */
class PagedIterableContractTest {
  private final List<Optional<String>> requested = new ArrayList<>();
  private final Map<String, Page<Integer>> pages = Map.of(
      "", Page.of(List.of(1, 2), "b"),
      "b", Page.of(List.of(3), null));
  private final PagedIterable<Integer> listing = PagedIterable.of(token -> {
    requested.add(token);
    return pages.get(token.orElse(""));
  });

  @Test
  void pageIterator_pastTheLastPage_throwsWithoutFetchingAgain() {
    Iterator<Page<Integer>> it = listing.byPage().iterator();
    it.next();
    it.next();
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThat(requested).containsExactly(Optional.empty(), Optional.of("b"));
  }

  @Test
  void itemIterator_pastTheLastItem_throws() {
    Iterator<Integer> it = listing.iterator();
    assertThat(List.of(it.next(), it.next(), it.next())).containsExactly(1, 2, 3);
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void mapPages_appliesTheMapperToEachPage_andKeepsTheTokens() {
    PagedIterable<String> mapped =
        listing.mapPages(items -> items.stream().map(i -> "#" + i).collect(Collectors.toList()));
    List<Page<String>> got = new ArrayList<>();
    mapped.byPage().forEach(got::add);
    assertThat(got).hasSize(2);
    assertThat(got.get(0).items()).containsExactly("#1", "#2");
    assertThat(got.get(0).continuationToken()).contains("b");
    assertThat(got.get(1).items()).containsExactly("#3");
    assertThat(got.get(1).continuationToken()).isEmpty();
    assertThat(mapped.stream().collect(Collectors.toList())).containsExactly("#1", "#2", "#3");
  }

  @Test
  void mapPages_mayTurnOneItemIntoMany() {
    PagedIterable<Integer> doubled = listing.mapPages(
        items -> items.stream().flatMap(i -> List.of(i, i).stream()).collect(Collectors.toList()));
    assertThat(doubled.stream().collect(Collectors.toList())).containsExactly(1, 1, 2, 2, 3, 3);
  }

  @Test
  void empty_hasNoItemsAndOnePage() {
    PagedIterable<String> empty = PagedIterable.empty();
    assertThat(empty.iterator().hasNext()).isFalse();
    List<Page<String>> got = new ArrayList<>();
    empty.byPage().forEach(got::add);
    assertThat(got).singleElement().satisfies(p -> assertThat(p.items()).isEmpty());
  }
}
