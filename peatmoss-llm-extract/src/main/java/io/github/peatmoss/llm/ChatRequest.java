package io.github.peatmoss.llm;

import java.util.List;
import org.immutables.value.Value;

/**
 * One structured-output request to a language model: a system message, the conversation, and the JSON schema the
 * answer must follow (sent as the provider's structured-output option where it has one).
 */
@Value.Immutable
public interface ChatRequest {
  /** Returns the system message: rules and field instructions, never card text. */
  String system();

  /** Returns the conversation: the user message holding the card, and for a repair the answer and the errors. */
  List<ChatMessage> messages();

  /** Returns the schema's name, for providers that want one ({@code [a-zA-Z0-9_-]}, at most 64 characters). */
  String schemaName();

  /**
   * Returns the JSON schema of the answer, as JSON text: an object schema in the strict subset (every key
   * required, no additional properties), sent verbatim as the provider's structured-output schema.
   */
  String schema();

  /** Returns the most tokens the answer may have. */
  @Value.Default
  default int maxOutputTokens() {
    return 2048;
  }

  /** Returns the sampling temperature; 0 for repeatable extraction. */
  @Value.Default
  default double temperature() {
    return 0.0;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChatRequest}s; not thread-safe. */
  final class Builder extends ImmutableChatRequest.Builder {}
}
