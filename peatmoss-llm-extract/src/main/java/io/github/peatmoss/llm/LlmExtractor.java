package io.github.peatmoss.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.licenses.LicenseNormalizer;
import io.github.peatmoss.llm.internal.AnswerChecker;
import io.github.peatmoss.llm.internal.AnswerParser;
import io.github.peatmoss.llm.internal.CardSplitter;
import io.github.peatmoss.llm.internal.CardText;
import io.github.peatmoss.llm.internal.PromptTemplate;
import io.github.peatmoss.llm.internal.wire.OpenAiChatProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The whole pipeline for one card: the deterministic stage, then, only for the fields it left open, one request
 * per chunk of the card (whole sections under the token budget) through the {@link LlmProvider}; each answer
 * parsed (JSON alone, fenced or after a preamble), validated against the schema (one repair round), its values
 * checked against quotes from the card, and merged under the deterministic values. Answers come from the
 * {@link ExtractionCache} when it has them. A truncated answer fails at once ({@link LlmAnswerException}, not
 * re-asked). Immutable and thread-safe.
 */
public final class LlmExtractor {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The least card text one request carries, whatever the budget leaves after the prompt and schema. */
  private static final int MIN_CHUNK_TOKENS = 256;

  private final LlmProvider provider;
  private final Optional<ExtractionCache> cache;
  private final int tokenBudget;
  private final int maxOutputTokens;
  private final CardExtractor deterministic;
  private final CardSplitter splitter;
  private final LicenseNormalizer licenses = LicenseNormalizer.standard();

  private LlmExtractor(Builder b) {
    this.provider = Objects.requireNonNull(b.provider, "provider is required");
    this.cache = Optional.ofNullable(b.cache);
    this.tokenBudget = b.tokenBudget;
    this.maxOutputTokens = b.maxOutputTokens;
    this.deterministic = CardExtractor.create();
    this.splitter =
        CardSplitter.forModel(b.tokenizerModel == null ? provider.name() : b.tokenizerModel);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One request the pipeline would send for a card.
   *
   * @param key the cache key: SHA-256 of card chunk, prompt version, schema, provider and parameters
   * @param request the request
   */
  public record PlannedRequest(String key, ChatRequest request) {}

  /** Returns the requests a card needs (none when every askable field is answered without a model). */
  public List<PlannedRequest> plan(CardExtraction extraction, String markdown) {
    Set<PeatmossField> asked = asked(extraction, markdown);
    List<PlannedRequest> out = new ArrayList<>();
    if (asked.isEmpty()) {
      return out;
    }
    String system = PromptTemplate.system(asked);
    String schema = PromptTemplate.schema(asked).toString();
    int overhead =
        splitter.count(system) + splitter.count(schema) + splitter.count(PromptTemplate.user(""));
    int budget = Math.max(MIN_CHUNK_TOKENS, tokenBudget - overhead);
    for (String chunk : splitter.chunks(CardText.of(markdown), asked, budget)) {
      ChatRequest request = ChatRequest.builder()
          .system(system)
          .addMessages(ChatMessage.user(PromptTemplate.user(chunk)))
          .schemaName(PromptTemplate.schemaName())
          .schema(schema)
          .maxOutputTokens(maxOutputTokens)
          .build();
      out.add(new PlannedRequest(key(request), request));
    }
    return out;
  }

  /** Returns the fields to ask: open after the deterministic stage, and mentioned somewhere in the card. */
  public Set<PeatmossField> asked(CardExtraction extraction, String markdown) {
    return splitter.mentioned(CardText.of(markdown), extraction.openFields());
  }

  /** Returns the prompt tokens of a request: system, messages and schema, counted with the model's tokenizer. */
  public int promptTokens(ChatRequest request) {
    int n = splitter.count(request.system()) + splitter.count(request.schema());
    for (ChatMessage m : request.messages()) {
      n += splitter.count(m.content());
    }
    return n;
  }

  /**
   * Extracts one card.
   *
   * @throws LlmAnswerException when an answer is truncated, refused, or invalid after the repair round
   * @throws QuotaExceededException when the provider's quota is used up, as the provider throws it
   * @throws ContextLengthExceededException when the prompt exceeds the model's context, as the provider throws it
   *     (and the core service exceptions likewise)
   */
  public LlmExtraction extract(ModelId model, String markdown, Collection<String> hubTags) {
    CardExtraction base = deterministic.extract(model, markdown, hubTags);
    Set<PeatmossField> asked = asked(base, markdown);
    LlmExtraction.Builder result = LlmExtraction.builder().asked(asked);
    int calls = 0;
    int hits = 0;
    int repairs = 0;
    long prompt = 0;
    long input = 0;
    long output = 0;
    ExtractedMetadata.Builder merged = ExtractedMetadata.builder().from(base.metadata());
    AnswerChecker checker = new AnswerChecker(licenses, CardText.of(markdown));
    AnswerChecker.Filled filled = new AnswerChecker.Filled();
    for (PlannedRequest planned : plan(base, markdown)) {
      prompt += promptTokens(planned.request());
      Optional<ExtractionCache.Entry> cached = cache.flatMap(c -> c.get(planned.key()));
      ObjectNode answer;
      if (cached.isPresent()) {
        hits++;
        answer = AnswerParser.parse(cached.get().answer(), planned.request().schema())
            .answer()
            .orElseThrow();
      } else {
        ChatRequest request = planned.request();
        ChatResponse response = call(request);
        calls++;
        input += response.inputTokens();
        output += response.outputTokens();
        AnswerParser.Parsed parsed = AnswerParser.parse(response.text(), request.schema());
        checker.drop("field not asked", parsed.unaskedKeys());
        if (!parsed.isValid()) {
          repairs++;
          ChatRequest repair = ChatRequest.builder()
              .from(request)
              .addMessages(ChatMessage.assistant(response.text()))
              .addMessages(ChatMessage.user(
                  "Your answer does not follow the schema: " + String.join("; ", parsed.errors())
                      + ". Answer again with only the JSON object."))
              .build();
          ChatResponse second = call(repair);
          calls++;
          input += second.inputTokens();
          output += second.outputTokens();
          parsed = AnswerParser.parse(second.text(), request.schema());
          checker.drop("field not asked", parsed.unaskedKeys());
          if (!parsed.isValid()) {
            throw new LlmAnswerException(
                LlmAnswerException.Problem.INVALID,
                provider.name() + " answered "
                    + model + " without valid JSON twice (" + String.join("; ", parsed.errors())
                    + "); try another model or a provider with structured output");
          }
          response = second;
        }
        answer = parsed.answer().orElseThrow();
        if (cache.isPresent()) {
          cache
              .get()
              .put(
                  planned.key(),
                  provider.name(),
                  new ExtractionCache.Entry(
                      write(answer), response.inputTokens(), response.outputTokens()));
        }
      }
      checker.check(answer, asked, merged, filled);
    }
    return result
        .metadata(merged.build())
        .calls(calls)
        .cacheHits(hits)
        .repairs(repairs)
        .promptTokens(prompt)
        .inputTokens(input)
        .outputTokens(output)
        .dropped(checker.dropped())
        .build();
  }

  /**
   * Writes the OpenAI Batch API input lines ({@code custom_id}, {@code method}, {@code url}, {@code body}) for the
   * requests of one card that the cache does not already answer; returns how many were written. The
   * {@code custom_id} is the cache key, so {@link #importBatch} can file each answer where a rerun finds it.
   *
   * @throws BatchFileException when the provider is not OpenAI-compatible or {@code out} fails
   */
  public int exportBatch(
      ModelId model, String markdown, Collection<String> hubTags, java.io.Writer out) {
    OpenAiChatProvider openAi = batchProvider();
    int written = 0;
    for (PlannedRequest planned : plan(deterministic.extract(model, markdown, hubTags), markdown)) {
      if (cache.isPresent() && cache.get().get(planned.key()).isPresent()) {
        continue;
      }
      ObjectNode line = MAPPER.createObjectNode();
      line.put("custom_id", planned.key());
      line.put("method", "POST");
      line.put("url", "/v1/chat/completions");
      line.set("body", openAi.body(planned.request()));
      try {
        out.write(MAPPER.writeValueAsString(line));
        out.write('\n');
      } catch (IOException e) {
        throw new BatchFileException(
            "cannot write the Batch API input for " + model + ": " + e.getMessage()
                + "; check the output file's folder and free space",
            e);
      }
      written++;
    }
    return written;
  }

  /**
   * Counts of one Batch API import.
   *
   * @param stored valid answers filed in the cache
   * @param failed lines with an error, a truncated or an invalid answer (left for a normal run to ask again)
   * @param unknown lines whose {@code custom_id} none of the given cards needs
   */
  public record BatchImport(int stored, int failed, int unknown) {}

  /**
   * Reads OpenAI Batch API output lines and stores each valid answer in the cache under its {@code custom_id},
   * after the same checks as a live answer (status 200, not truncated, JSON valid against the request's schema).
   * {@code requests} are the planned requests of the cards the batch was made from.
   *
   * @throws BatchFileException when there is no cache, the provider is not OpenAI-compatible, or {@code in}
   *     fails or holds a line that is not JSON
   */
  public BatchImport importBatch(java.io.BufferedReader in, List<PlannedRequest> requests) {
    if (cache.isEmpty()) {
      throw new BatchFileException(
          "importing a batch needs a cache to file the answers in: build the extractor with"
              + " .cache(ExtractionCache.open(path)) (--cache FILE on the command line)");
    }
    OpenAiChatProvider openAi = batchProvider();
    java.util.Map<String, ChatRequest> byKey = new java.util.HashMap<>();
    requests.forEach(r -> byKey.put(r.key(), r.request()));
    int stored = 0;
    int failed = 0;
    int unknown = 0;
    int number = 0;
    for (String line = readLine(in); line != null; line = readLine(in)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        throw new BatchFileException(
            "line " + number + " of the Batch API output is not JSON ("
                + e.getOriginalMessage()
                + "); pass the output file the Batch API returned, unchanged",
            e);
      }
      ChatRequest request = byKey.get(node.path("custom_id").asText());
      if (request == null) {
        unknown++;
        continue;
      }
      JsonNode response = node.path("response");
      if (response.path("status_code").asInt() != 200) {
        failed++;
        continue;
      }
      ChatResponse answer = openAi.read(response.path("body"));
      AnswerParser.Parsed parsed = AnswerParser.parse(answer.text(), request.schema());
      if (answer.finishReason() != ChatResponse.FinishReason.STOP || !parsed.isValid()) {
        failed++;
        continue;
      }
      cache
          .get()
          .put(
              node.path("custom_id").asText(),
              provider.name(),
              new ExtractionCache.Entry(
                  write(parsed.answer().orElseThrow()),
                  answer.inputTokens(),
                  answer.outputTokens()));
      stored++;
    }
    return new BatchImport(stored, failed, unknown);
  }

  private OpenAiChatProvider batchProvider() {
    if (provider instanceof OpenAiChatProvider openAi) {
      return openAi;
    }
    throw new BatchFileException(
        "Batch API files are in the OpenAI format, and the provider is " + provider.name()
            + ": use an OpenAI-compatible provider (--provider openai, with --base-url for vLLM)");
  }

  private static String readLine(java.io.BufferedReader in) {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new BatchFileException(
          "cannot read the Batch API output: " + e.getMessage() + "; check the file and rerun", e);
    }
  }

  /** Returns the requests one card needs, for {@link #importBatch}. */
  public List<PlannedRequest> plan(ModelId model, String markdown, Collection<String> hubTags) {
    return plan(deterministic.extract(model, markdown, hubTags), markdown);
  }

  private ChatResponse call(ChatRequest request) {
    ChatResponse response = provider.complete(request);
    switch (response.finishReason()) {
      case LENGTH:
        throw new LlmAnswerException(
            LlmAnswerException.Problem.TRUNCATED,
            provider.name()
                + " stopped at the output limit of " + request.maxOutputTokens() + " tokens ("
                + response.rawFinishReason()
                + "); the answer is cut and was not parsed. Raise --max-output-tokens or lower --token-budget");
      case REFUSAL:
        throw new LlmAnswerException(
            LlmAnswerException.Problem.REFUSED, provider.name() + " refused to answer");
      default:
        return response;
    }
  }

  private static String write(ObjectNode answer) {
    try {
      return MAPPER.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private String key(ChatRequest request) {
    StringBuilder material = new StringBuilder();
    material
        .append(PromptTemplate.VERSION)
        .append('\n')
        .append(provider.name())
        .append('\n')
        .append(request.temperature())
        .append('\n')
        .append(request.maxOutputTokens())
        .append('\n')
        .append(request.schema())
        .append('\n')
        .append(request.system())
        .append('\n');
    request
        .messages()
        .forEach(m -> material.append(m.role()).append(':').append(m.content()).append('\n'));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(material.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-256 is always available", e);
    }
  }

  /** Builds {@link LlmExtractor}s; not thread-safe. */
  public static final class Builder {
    private LlmProvider provider;
    private ExtractionCache cache;
    private int tokenBudget = 4096;
    private int maxOutputTokens = 2048;
    private String tokenizerModel;

    private Builder() {}

    /** Sets the provider (required). */
    public Builder provider(LlmProvider provider) {
      this.provider = Objects.requireNonNull(provider, "provider == null");
      return this;
    }

    /** Sets the answer cache. */
    public Builder cache(ExtractionCache cache) {
      this.cache = cache;
      return this;
    }

    /**
     * Sets the most prompt tokens one request may have ({@link #promptTokens}); a longer card is split by section.
     * Default 4096. Each request carries at least 256 tokens of card, so a budget below the system prompt and
     * schema plus 256 is exceeded by that much.
     */
    public Builder tokenBudget(int tokenBudget) {
      if (tokenBudget < 512) {
        throw new IllegalArgumentException("tokenBudget must be >= 512: " + tokenBudget);
      }
      this.tokenBudget = tokenBudget;
      return this;
    }

    /** Sets the output token limit of each answer. Default 2048. */
    public Builder maxOutputTokens(int maxOutputTokens) {
      this.maxOutputTokens = maxOutputTokens;
      return this;
    }

    /** Sets the model whose tokenizer counts tokens (default: the provider's name decides). */
    public Builder tokenizerModel(String model) {
      this.tokenizerModel = model;
      return this;
    }

    /** Builds the extractor. */
    public LlmExtractor build() {
      return new LlmExtractor(this);
    }
  }
}
