package io.github.peatmoss.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {
  private static final HttpUrl BASE = HttpUrl.get("https://huggingface.co/api/models?limit=2");

  @Test
  void next_hubCursorLink_isReturnedVerbatim() {
    String next =
        "https://huggingface.co/api/models?limit=2&sort=likes&cursor=eyIkb3IiOlt7Imxpa2VzIjoy%3D";
    Headers headers = Headers.of("Link", "<" + next + ">; rel=\"next\"");
    assertThat(LinkHeader.next(headers, BASE))
        .hasValueSatisfying(url -> assertThat(url.toString()).isEqualTo(next));
  }

  @Test
  void parse_githubStyleSeveralRelations_andCommasInsideUrls() {
    Headers headers = Headers.of(
        "Link",
        "<https://api.github.com/r?page=2&q=a,b>; rel=\"next\", <https://api.github.com/r?page=9>; rel=\"last\"");
    Map<String, HttpUrl> links = LinkHeader.parse(headers, BASE);
    assertThat(links.get("next").queryParameter("q")).isEqualTo("a,b");
    assertThat(links.get("last").queryParameter("page")).isEqualTo("9");
  }

  @Test
  void parse_relativeTarget_resolvesAgainstRequest_andUnquotedMultiRel() {
    Headers headers = Headers.of("Link", "</api/models?cursor=abc>; rel=next prefetch");
    Map<String, HttpUrl> links = LinkHeader.parse(headers, BASE);
    assertThat(links.get("next").toString())
        .isEqualTo("https://huggingface.co/api/models?cursor=abc");
    assertThat(links).containsKey("prefetch");
  }

  @Test
  void next_absentOrOtherRelations_isEmpty() {
    assertThat(LinkHeader.next(Headers.of(), BASE)).isEmpty();
    assertThat(LinkHeader.next(Headers.of("Link", "<https://x.org/a>; rel=\"prev\""), BASE))
        .isEmpty();
  }

  @Test
  void parse_parametersWithoutValues_spacesQuotesAndEscapes() {
    Headers headers = Headers.of(
        "Link",
        "<https://x.org/2>; crossorigin; title=\"a, \\\"b\\\"; c\"; REL= \"Next\","
            + " <https://x.org/9>;rel=last;type=text/html");
    Map<String, HttpUrl> links = LinkHeader.parse(headers, BASE);
    assertThat(links).containsOnlyKeys("next", "last");
    assertThat(links.get("next")).isEqualTo(HttpUrl.get("https://x.org/2"));
    assertThat(links.get("last")).isEqualTo(HttpUrl.get("https://x.org/9"));
  }

  @Test
  void parse_severalHeaders_theFirstTargetOfARelationWins() {
    Headers headers = new Headers.Builder()
        .add("Link", "<https://x.org/a>; rel=\"next\"")
        .add("Link", "<https://x.org/b>; rel=\"next prev\"")
        .build();
    Map<String, HttpUrl> links = LinkHeader.parse(headers, BASE);
    assertThat(links.get("next")).isEqualTo(HttpUrl.get("https://x.org/a"));
    assertThat(links.get("prev")).isEqualTo(HttpUrl.get("https://x.org/b"));
  }

  @Test
  void parse_brokenValues_keepWhatCanBeRead() {
    assertThat(LinkHeader.parse(Headers.of("Link", "https://x.org/a; rel=next"), BASE))
        .isEmpty();
    assertThat(LinkHeader.parse(Headers.of("Link", "<https://x.org/a; rel=next"), BASE))
        .isEmpty();
    assertThat(LinkHeader.parse(Headers.of("Link", "<https://x.org/a>; rel=\"next"), BASE))
        .containsOnlyKeys("next");
    assertThat(LinkHeader.parse(Headers.of("Link", "<https://x.org/a>; rel"), BASE))
        .isEmpty();
    assertThat(LinkHeader.parse(Headers.of("Link", "<https://x.org/a>; rel="), BASE))
        .isEmpty();
    assertThat(LinkHeader.parse(
            Headers.of("Link", "<http://[zz>; rel=prev, <https://x.org/b>; rel=next"), BASE))
        .containsOnlyKeys("next")
        .containsEntry("next", HttpUrl.get("https://x.org/b"));
    assertThat(LinkHeader.parse(Headers.of("Link", "< https://x.org/c >;rel=next"), BASE))
        .containsEntry("next", HttpUrl.get("https://x.org/c"));
  }

  @Test
  void parse_aLinkWithoutRelation_namesNothing_butTheNextOneIsRead() {
    Headers headers = Headers.of("Link", "<https://x.org/a>, <https://x.org/b>; rel=next");
    assertThat(LinkHeader.parse(headers, BASE))
        .containsOnlyKeys("next")
        .containsEntry("next", HttpUrl.get("https://x.org/b"));
  }

  private static Map<String, HttpUrl> links(String value) {
    return LinkHeader.parse(Headers.of("Link", value), BASE);
  }

  @Test
  void parse_anEscapedQuote_keepsTheQuotedValueOpen() {
    assertThat(links("<https://x.org/a>; title=\"q\\\", <https://x.org/evil>; rel=next\","
            + " <https://x.org/b>; rel=next"))
        .containsOnlyKeys("next")
        .containsEntry("next", HttpUrl.get("https://x.org/b"));
    assertThat(links("<https://x.org/a>; rel=next; title=\"x\\"))
        .containsEntry("next", HttpUrl.get("https://x.org/a"));
  }

  @Test
  void parse_aCommaEndingAUrlOrAQuotedValue_doesNotEndTheLink() {
    assertThat(links("<https://x.org/r?ids=1,2,>; rel=\"next\"").get("next").queryParameter("ids"))
        .isEqualTo("1,2,");
    assertThat(links("<https://x.org/a>; title=\"1,\"; rel=next"))
        .containsEntry("next", HttpUrl.get("https://x.org/a"));
  }

  @Test
  void parse_strayCharacters_areSkipped_notReadAsParametersOrLinks() {
    assertThat(links("<https://x.org/a> rel=next")).isEmpty();
    assertThat(links("<https://x.org/a>; rel=last, ><https://x.org/b>; rel=next"))
        .containsEntry("last", HttpUrl.get("https://x.org/a"))
        .containsEntry("next", HttpUrl.get("https://x.org/b"));
    assertThat(links("<https://x.org/a>; x=<, <https://x.org/b>; rel=next"))
        .containsOnlyKeys("next")
        .containsEntry("next", HttpUrl.get("https://x.org/b"));
    assertThat(links("<https://x.org/a>; rel=next, trailing words"))
        .containsOnlyKeys("next")
        .containsEntry("next", HttpUrl.get("https://x.org/a"));
  }
}
