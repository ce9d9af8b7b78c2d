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
}
