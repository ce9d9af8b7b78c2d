package io.github.peatmoss.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peatmoss.core.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The slicing rules without a server: the cap's boundaries, slice queries, and continuation tokens. */
class SlicedSearchTest {
  private static final HttpUrl ENDPOINT = HttpUrl.get("https://api.github.test/search/code");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every URL asked for, in order. */
  private final List<HttpUrl> asked = new ArrayList<>();

  /** A search whose every answer has {@code total} hits, one item on the page, and no next page. */
  private SlicedSearch<String> search(String query, long total) {
    return new SlicedSearch<>(
        ENDPOINT,
        query,
        SlicedSearch.Dimension.SIZE,
        SlicedSearch.Dimension.SIZE.max,
        url -> {
          asked.add(url);
          ObjectNode body = JSON.createObjectNode().put("total_count", total);
          body.putArray("items").addObject().put("path", "a.py");
          return new SlicedSearch.Answer(body, Optional.empty());
        },
        (item, slice) -> slice.query() + (slice.isCapped() ? " (capped)" : ""),
        HttpUrl::get);
  }

  @Test
  void exactly1000Hits_isOneQuery_notCut_notCapped() {
    Page<String> page = search("q", 1000).fetch(Optional.empty());
    assertThat(page.items()).containsExactly("q");
    assertThat(page.continuationToken()).isEmpty();
    assertThat(asked).singleElement().satisfies(url -> {
      assertThat(url.queryParameter("q")).isEqualTo("q");
      assertThat(url.queryParameter("per_page")).isEqualTo("100");
    });
  }

  @Test
  void over1000_isCutUntilSlicesAreSingleValues_thenCapped() {
    // Every slice answers 1,001: cut down to the first single size, 0, which cannot be cut further.
    Page<String> page = search("q", 1001).fetch(Optional.empty());
    assertThat(page.items()).containsExactly("q size:0 (capped)");
    assertThat(asked.get(1).queryParameter("q")).isEqualTo("q size:0..626");
    assertThat(asked.get(asked.size() - 1).queryParameter("q")).isEqualTo("q size:0");
    assertThat(page.continuationToken()).hasValueSatisfying(token -> {
      assertThat(token).startsWith("- - 1..");
      assertThat(token).endsWith(" 627..393215");
    });
  }

  @Test
  void sizeMid_cutsGeometrically_insideTheRange() {
    assertThat(SlicedSearch.Dimension.SIZE.mid(0, 393_215)).isEqualTo(626);
    assertThat(SlicedSearch.Dimension.SIZE.mid(99, 9_999)).isEqualTo(999);
    assertThat(SlicedSearch.Dimension.SIZE.mid(0, 1)).isZero();
    assertThat(SlicedSearch.Dimension.CREATED.mid(10, 20)).isEqualTo(15);
    assertThat(SlicedSearch.Dimension.CREATED.format(0)).isEqualTo("1970-01-01");
  }

  @Test
  void tokenWithNothingLeft_isAnEmptyLastPage() {
    Page<String> page = search("q", 5).fetch(Optional.of("- -"));
    assertThat(page.items()).isEmpty();
    assertThat(page.continuationToken()).isEmpty();
    assertThat(asked).isEmpty();
  }

  @Test
  void tokenWithPendingSlices_searchesThemInOrder() {
    SlicedSearch<String> search = search("q", 5);
    Page<String> first = search.fetch(Optional.of("- - 3..4 5..9"));
    assertThat(first.items()).containsExactly("q size:3..4");
    assertThat(first.continuationToken()).hasValue("- - 5..9");
    Page<String> second = search.fetch(first.continuationToken());
    assertThat(second.items()).containsExactly("q size:5..9");
    assertThat(second.continuationToken()).isEmpty();
  }

  @Test
  void tokenWithANextPage_fetchesThatUrl_forItsSlice() {
    Page<String> page =
        search("q", 5).fetch(Optional.of("https://api.github.test/search/code?page=2 7..7"));
    assertThat(page.items()).containsExactly("q size:7");
    assertThat(asked)
        .extracting(HttpUrl::toString)
        .containsExactly("https://api.github.test/search/code?page=2");
  }

  @Test
  void badTokens_areRefused_withTheReason() {
    SlicedSearch<String> search = search("q", 5);
    assertThatThrownBy(() -> search.fetch(Optional.of("garbage")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a search continuation token: garbage");
    assertThatThrownBy(() -> search.fetch(Optional.of("- - nodots")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a search continuation token: bad slice 'nodots'");
    assertThatThrownBy(() -> search.fetch(Optional.of("- - 1..x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a search continuation token: bad slice '1..x'");
    assertThat(asked).isEmpty();
  }

  @Test
  void withinCap_allowsPagesUpToResult1000() {
    assertThat(SlicedSearch.withinCap(url("?page=10&per_page=100"))).isTrue();
    assertThat(SlicedSearch.withinCap(url("?page=11&per_page=100"))).isFalse();
    assertThat(SlicedSearch.withinCap(url("?page=33")))
        .as("30 a page by default")
        .isTrue();
    assertThat(SlicedSearch.withinCap(url("?page=34"))).isFalse();
    assertThat(SlicedSearch.withinCap(url("?per_page=1000")))
        .as("page 1 by default")
        .isTrue();
    assertThat(SlicedSearch.withinCap(url("?per_page=1001"))).isFalse();
    assertThat(SlicedSearch.withinCap(url("?page=two&per_page=100")))
        .as("a page GitHub numbered oddly is left to GitHub")
        .isTrue();
  }

  private static HttpUrl url(String query) {
    return HttpUrl.get("https://api.github.test/search/code" + query);
  }
}
