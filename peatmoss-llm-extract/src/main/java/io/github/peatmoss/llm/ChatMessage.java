package io.github.peatmoss.llm;

import java.util.Objects;

/**
 * One message of a conversation.
 *
 * @param role {@code user} or {@code assistant}
 * @param content the text
 */
public record ChatMessage(String role, String content) {
  /** Checks the role. */
  public ChatMessage {
    Objects.requireNonNull(content, "content == null");
    if (!"user".equals(role) && !"assistant".equals(role)) {
      throw new IllegalArgumentException("role must be user or assistant: " + role);
    }
  }

  /** Returns a user message. */
  public static ChatMessage user(String content) {
    return new ChatMessage("user", content);
  }

  /** Returns an assistant message. */
  public static ChatMessage assistant(String content) {
    return new ChatMessage("assistant", content);
  }
}
