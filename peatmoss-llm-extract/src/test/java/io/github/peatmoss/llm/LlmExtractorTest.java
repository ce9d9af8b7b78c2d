package io.github.peatmoss.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.llm.internal.wire.OpenAiChatProvider;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's accounting and control flow with an in-memory provider: calls, repairs, cache hits and tokens;
 * refusals and truncation; the budget; and the Batch API round trip through the cache.
 */
class LlmExtractorTest {
  private static final String CARD = ProviderWireTest.CARD;

  /** A provider that answers scripted responses in order and records the requests. */
  static final class Scripted implements LlmProvider {
    final Deque<ChatResponse> answers = new ArrayDeque<>();
    final List<ChatRequest> requests = new ArrayList<>();
    final String name;

    Scripted(String name) {
      this.name = name;
    }

    Scripted answer(String text, ChatResponse.FinishReason reason, String raw, long in, long out) {
      answers.add(ChatResponse.builder()
          .text(text)
          .finishReason(reason)
          .rawFinishReason(raw)
          .inputTokens(in)
          .outputTokens(out)
          .build());
      return this;
    }

    Scripted answer(String text, long in, long out) {
      return answer(text, ChatResponse.FinishReason.STOP, "stop", in, out);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
      requests.add(request);
      return answers.remove();
    }
  }

  private static String valid() {
    return ProviderWireTest.answer(
        ProviderWireTest.asked(CARD), Map.of("hardware", ProviderWireTest.V100));
  }

  @Test
  void oneValidAnswer_countsOneCall_itsTokens_andNoRepair() {
    Scripted p = new Scripted("test:m").answer(valid(), 1000, 50);
    LlmExtraction r =
        LlmExtractor.builder().provider(p).build().extract(ProviderWireTest.ID, CARD, List.of());
    assertThat(r.calls()).isEqualTo(1);
    assertThat(r.repairs()).isZero();
    assertThat(r.cacheHits()).isZero();
    assertThat(r.inputTokens()).isEqualTo(1000);
    assertThat(r.outputTokens()).isEqualTo(50);
    assertThat(r.promptTokens()).isPositive();
    assertThat(r.metadata().hardware()).extracting(h -> h.value().name()).containsExactly("V100");
    ChatRequest sent = p.requests.get(0);
    assertThat(sent.maxOutputTokens()).isEqualTo(2048);
    assertThat(sent.messages()).hasSize(1);
  }

  @Test
  void aRepair_sendsTheAnswerAndTheErrorsBack_andCountsBothCallsTokens() {
    Scripted p =
        new Scripted("test:m").answer("{\"hardware\": 3}", 100, 10).answer(valid(), 200, 20);
    LlmExtraction r = LlmExtractor.builder()
        .provider(p)
        .maxOutputTokens(777)
        .build()
        .extract(ProviderWireTest.ID, CARD, List.of());
    assertThat(r.calls()).isEqualTo(2);
    assertThat(r.repairs()).isEqualTo(1);
    assertThat(r.inputTokens()).isEqualTo(300);
    assertThat(r.outputTokens()).isEqualTo(30);
    ChatRequest repair = p.requests.get(1);
    assertThat(repair.maxOutputTokens()).isEqualTo(777);
    assertThat(repair.messages()).hasSize(3);
    assertThat(repair.messages().get(1)).isEqualTo(ChatMessage.assistant("{\"hardware\": 3}"));
    assertThat(repair.messages().get(2).content())
        .startsWith("Your answer does not follow the schema: ")
        .endsWith(". Answer again with only the JSON object.");
  }

  @Test
  void aRepairAnswer_withKeysNotAsked_countsThemAsDropped() {
    Scripted p = new Scripted("test:m")
        .answer("{\"hardware\": 3}", 100, 10)
        .answer(valid().replaceFirst("\\{", "{\"frameworks\": [], "), 200, 20);
    LlmExtraction r =
        LlmExtractor.builder().provider(p).build().extract(ProviderWireTest.ID, CARD, List.of());
    assertThat(r.repairs()).isEqualTo(1);
    assertThat(r.dropped()).containsEntry("field not asked", 1);
    assertThat(r.metadata().hardware()).extracting(h -> h.value().name()).containsExactly("V100");
  }

  @Test
  void invalidTwice_namesTheProviderAndTheModel() {
    Scripted p = new Scripted("test:m").answer("nothing", 1, 1).answer("still nothing", 1, 1);
    assertThatThrownBy(() -> LlmExtractor.builder()
            .provider(p)
            .build()
            .extract(ProviderWireTest.ID, CARD, List.of()))
        .isInstanceOfSatisfying(
            LlmAnswerException.class,
            e -> assertThat(e.problem()).isEqualTo(LlmAnswerException.Problem.INVALID))
        .hasMessage(
            "test:m answered acme/news-topic-bert without valid JSON twice (the answer holds no JSON"
                + " object); try another model or a provider with structured output");
  }

  @Test
  void truncation_andRefusal_fail_withoutARepair() {
    Scripted cut = new Scripted("test:m")
        .answer("{\"hard", ChatResponse.FinishReason.LENGTH, "max_tokens", 1, 1);
    assertThatThrownBy(() -> LlmExtractor.builder()
            .provider(cut)
            .maxOutputTokens(99)
            .build()
            .extract(ProviderWireTest.ID, CARD, List.of()))
        .isInstanceOfSatisfying(
            LlmAnswerException.class,
            e -> assertThat(e.problem()).isEqualTo(LlmAnswerException.Problem.TRUNCATED))
        .hasMessage(
            "test:m stopped at the output limit of 99 tokens (max_tokens); the answer is cut and was not"
                + " parsed. Raise --max-output-tokens or lower --token-budget");
    assertThat(cut.requests).hasSize(1);

    Scripted refused =
        new Scripted("test:m").answer("no", ChatResponse.FinishReason.REFUSAL, "refusal", 1, 1);
    assertThatThrownBy(() -> LlmExtractor.builder()
            .provider(refused)
            .build()
            .extract(ProviderWireTest.ID, CARD, List.of()))
        .isInstanceOfSatisfying(
            LlmAnswerException.class,
            e -> assertThat(e.problem()).isEqualTo(LlmAnswerException.Problem.REFUSED))
        .hasMessage("test:m refused to answer");

    Scripted other = new Scripted("test:m")
        .answer(valid(), ChatResponse.FinishReason.OTHER, "content_filter", 1, 1);
    assertThat(LlmExtractor.builder()
            .provider(other)
            .build()
            .extract(ProviderWireTest.ID, CARD, List.of())
            .calls())
        .isEqualTo(1);
  }

  @Test
  void theCache_answersARerun_withoutACall(@TempDir Path dir) {
    ExtractionCache cache = ExtractionCache.open(dir.resolve("c.db"));
    Scripted first = new Scripted("test:m").answer(valid(), 400, 40);
    LlmExtraction paid = LlmExtractor.builder()
        .provider(first)
        .cache(cache)
        .build()
        .extract(ProviderWireTest.ID, CARD, List.of());
    assertThat(cache.size()).isEqualTo(1);

    Scripted second = new Scripted("test:m");
    LlmExtraction free = LlmExtractor.builder()
        .provider(second)
        .cache(cache)
        .build()
        .extract(ProviderWireTest.ID, CARD, List.of());
    assertThat(second.requests).isEmpty();
    assertThat(free.calls()).isZero();
    assertThat(free.cacheHits()).isEqualTo(1);
    assertThat(free.inputTokens()).isZero();
    assertThat(free.promptTokens()).isEqualTo(paid.promptTokens());
    assertThat(free.metadata()).isEqualTo(paid.metadata());

    Scripted otherModel = new Scripted("test:other").answer(valid(), 1, 1);
    LlmExtractor.builder()
        .provider(otherModel)
        .cache(cache)
        .build()
        .extract(ProviderWireTest.ID, CARD, List.of());
    assertThat(otherModel.requests).hasSize(1);
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void aCardWithNothingOpen_makesNoRequest() {
    String card = "---\nlicense: mit\npipeline_tag: fill-mask\n---\n# x\n";
    Scripted p = new Scripted("test:m");
    LlmExtractor extractor = LlmExtractor.builder().provider(p).build();
    assertThat(extractor.plan(ProviderWireTest.ID, card, List.of())).isEmpty();
    LlmExtraction r = extractor.extract(ProviderWireTest.ID, card, List.of());
    assertThat(r.asked()).isEmpty();
    assertThat(r.calls()).isZero();
    assertThat(r.promptTokens()).isZero();
    assertThat(r.metadata().license().orElseThrow().value()).isEqualToIgnoringCase("MIT");
  }

  @Test
  void plans_areKeyedByWhatIsSent() {
    LlmExtractor a = LlmExtractor.builder().provider(new Scripted("test:a")).build();
    LlmExtractor b = LlmExtractor.builder().provider(new Scripted("test:b")).build();
    LlmExtractor longer = LlmExtractor.builder()
        .provider(new Scripted("test:a"))
        .maxOutputTokens(100)
        .build();
    List<LlmExtractor.PlannedRequest> pa = a.plan(ProviderWireTest.ID, CARD, List.of());
    assertThat(pa).hasSize(1);
    assertThat(pa.get(0).key()).matches("[0-9a-f]{64}");
    assertThat(a.plan(ProviderWireTest.ID, CARD, List.of())).isEqualTo(pa);
    assertThat(b.plan(ProviderWireTest.ID, CARD, List.of()).get(0).key())
        .isNotEqualTo(pa.get(0).key());
    assertThat(longer.plan(ProviderWireTest.ID, CARD, List.of()).get(0).key())
        .isNotEqualTo(pa.get(0).key());
    ChatRequest request = pa.get(0).request();
    assertThat(a.promptTokens(request))
        .isGreaterThan(a.promptTokens(
            ChatRequest.builder().from(request).messages(List.of()).build()));
  }

  @Test
  void tokenBudget_atLeast512_andALongCardIsSplit() {
    assertThatThrownBy(() -> LlmExtractor.builder().tokenBudget(511))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tokenBudget must be >= 512: 511");
    StringBuilder card = new StringBuilder(CARD);
    for (int i = 0; i < 40; i++) {
      card.append("\n## Training run ")
          .append(i)
          .append("\n\n")
          .append("Trained on one V100 for ")
          .append(i)
          .append(" hours with learning rate 3e-5 and batch size 8. ")
          .append("word ".repeat(60))
          .append('\n');
    }
    LlmExtractor small =
        LlmExtractor.builder().provider(new Scripted("test:m")).tokenBudget(512).build();
    LlmExtractor big = LlmExtractor.builder()
        .provider(new Scripted("test:m"))
        .tokenBudget(100_000)
        .build();
    List<LlmExtractor.PlannedRequest> smallPlans =
        small.plan(ProviderWireTest.ID, card.toString(), List.of());
    assertThat(smallPlans.size()).isGreaterThan(1);
    assertThat(smallPlans.stream().map(LlmExtractor.PlannedRequest::key).distinct())
        .hasSize(smallPlans.size());
    // Above the system prompt and schema plus 256 tokens of card, every request fits the budget.
    LlmExtractor mid = LlmExtractor.builder()
        .provider(new Scripted("test:m"))
        .tokenBudget(1500)
        .build();
    List<LlmExtractor.PlannedRequest> midPlans =
        mid.plan(ProviderWireTest.ID, card.toString(), List.of());
    assertThat(midPlans.size()).isGreaterThan(1).isLessThan(smallPlans.size());
    assertThat(midPlans)
        .allSatisfy(p -> assertThat(mid.promptTokens(p.request())).isLessThanOrEqualTo(1500));
    assertThat(
            midPlans.stream().mapToInt(p -> mid.promptTokens(p.request())).max().orElseThrow())
        .isGreaterThan(1000);
    assertThat(big.plan(ProviderWireTest.ID, card.toString(), List.of())).hasSize(1);
    assertThatThrownBy(() -> LlmExtractor.builder().build())
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void batch_exportThenImport_fillsTheCache_andCountsEachKindOfLine(@TempDir Path dir)
      throws Exception {
    ExtractionCache cache = ExtractionCache.open(dir.resolve("c.db"));
    OpenAiChatProvider openAi = new OpenAiChatProvider(ProviderConfig.builder()
        .kind(ProviderKind.OPENAI)
        .model("m")
        .baseUrl(URI.create("http://127.0.0.1:9/v1"))
        .build());
    LlmExtractor extractor =
        LlmExtractor.builder().provider(openAi).cache(cache).build();
    StringWriter out = new StringWriter();
    assertThat(extractor.exportBatch(ProviderWireTest.ID, CARD, List.of(), out)).isEqualTo(1);
    String line = out.toString().strip();
    assertThat(line).contains("\"method\":\"POST\"").contains("\"url\":\"/v1/chat/completions\"");
    List<LlmExtractor.PlannedRequest> plans = extractor.plan(ProviderWireTest.ID, CARD, List.of());
    String key = plans.get(0).key();
    assertThat(line).startsWith("{\"custom_id\":\"" + key + "\"");

    String ok = "{\"custom_id\":\"" + key + "\",\"response\":{\"status_code\":200,\"body\":"
        + "{\"choices\":[{\"message\":{\"content\":" + FakeProvider.JSON.writeValueAsString(valid())
        + "},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":6}}}}";
    String failedStatus = "{\"custom_id\":\"" + key + "\",\"response\":{\"status_code\":500}}";
    String cut = "{\"custom_id\":\"" + key + "\",\"response\":{\"status_code\":200,\"body\":"
        + "{\"choices\":[{\"message\":{\"content\":\"{}\"},\"finish_reason\":\"length\"}]}}}";
    String invalid = "{\"custom_id\":\"" + key + "\",\"response\":{\"status_code\":200,\"body\":"
        + "{\"choices\":[{\"message\":{\"content\":\"no json\"},\"finish_reason\":\"stop\"}]}}}";
    String unknown = "{\"custom_id\":\"nobody\",\"response\":{\"status_code\":200}}";
    LlmExtractor.BatchImport counts = extractor.importBatch(
        new BufferedReader(
            new StringReader(String.join("\n", failedStatus, cut, invalid, unknown, "  ", ok))),
        plans);
    assertThat(counts).isEqualTo(new LlmExtractor.BatchImport(1, 3, 1));
    assertThat(cache.get(key)).hasValueSatisfying(e -> {
      assertThat(e.inputTokens()).isEqualTo(5);
      assertThat(e.outputTokens()).isEqualTo(6);
    });
    assertThat(extractor.exportBatch(ProviderWireTest.ID, CARD, List.of(), new StringWriter()))
        .isZero();
    LlmExtraction cached = extractor.extract(ProviderWireTest.ID, CARD, List.of());
    assertThat(cached.cacheHits()).isEqualTo(1);
    assertThat(cached.calls()).isZero();
    assertThat(cached.metadata().hardware()).hasSize(1);
  }

  @Test
  void asked_isTheOpenFieldsTheCardMentions() {
    LlmExtractor extractor =
        LlmExtractor.builder().provider(new Scripted("test:m")).build();
    CardExtraction base = CardExtractor.create().extract(ProviderWireTest.ID, CARD);
    Set<PeatmossField> asked = extractor.asked(base, CARD);
    assertThat(base.openFields()).containsAll(asked);
    assertThat(asked).contains(PeatmossField.HARDWARE).doesNotContain(PeatmossField.LICENSE);
  }
}
