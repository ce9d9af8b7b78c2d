package io.github.peatmoss.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Answers as models write them: bare JSON, fenced, after a preamble, with extra keys, or not JSON at all. */
class AnswerParserTest {
  private static final String SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"},"
          + "\"b\":{\"type\":\"string\"}},\"required\":[\"a\"],\"additionalProperties\":false}";

  @Test
  void bareJson_isValid() {
    AnswerParser.Parsed p = AnswerParser.parse("  {\"a\": 1, \"b\": \"x\"}\n", SCHEMA);
    assertThat(p.isValid()).isTrue();
    assertThat(p.answer())
        .hasValueSatisfying(a -> assertThat(a.toString()).isEqualTo("{\"a\":1,\"b\":\"x\"}"));
    assertThat(p.errors()).isEmpty();
    assertThat(p.unaskedKeys()).isZero();
  }

  @Test
  void fencedJson_isFound_withOrWithoutItsLanguage() {
    for (String fence : new String[] {"```json\n", "```JSON\n", "```\n", "```json "}) {
      AnswerParser.Parsed p =
          AnswerParser.parse("Here it is:\n" + fence + "{\"a\": 2}\n```\nDone.", SCHEMA);
      assertThat(p.answer())
          .as(fence)
          .hasValueSatisfying(a -> assertThat(a.get("a").asInt()).isEqualTo(2));
      assertThat(p.isValid()).isTrue();
    }
  }

  @Test
  void anObjectAfterAPreamble_isFound_bracesInStringsDoNotCount() {
    AnswerParser.Parsed p = AnswerParser.parse(
        "The card says {so}: {\"b\": \"a } brace \\\" and {\", \"a\": 3} and more", SCHEMA);
    assertThat(p.answer()).hasValueSatisfying(a -> {
      assertThat(a.get("a").asInt()).isEqualTo(3);
      assertThat(a.get("b").asText()).isEqualTo("a } brace \" and {");
    });
    assertThat(p.isValid()).isTrue();
  }

  @Test
  void aNestedObject_isTakenWhole() {
    AnswerParser.Parsed p = AnswerParser.parse("x {\"a\": 4, \"c\": {\"d\": {}}} y", SCHEMA);
    assertThat(p.answer()).hasValueSatisfying(a -> assertThat(a.toString()).isEqualTo("{\"a\":4}"));
    assertThat(p.unaskedKeys()).isEqualTo(1);
  }

  @Test
  void unaskedKeys_areDroppedAndCounted_beforeValidating() {
    AnswerParser.Parsed p = AnswerParser.parse("{\"a\": 1, \"x\": 1, \"y\": [2]}", SCHEMA);
    assertThat(p.isValid()).isTrue();
    assertThat(p.unaskedKeys()).isEqualTo(2);
    assertThat(p.answer()).hasValueSatisfying(a -> assertThat(a.has("x")).isFalse());
  }

  @Test
  void anObjectAgainstTheSchema_isInvalid_withTheValidatorsMessages() {
    AnswerParser.Parsed p = AnswerParser.parse("{\"a\": \"one\"}", SCHEMA);
    assertThat(p.answer()).isPresent();
    assertThat(p.isValid()).isFalse();
    assertThat(p.errors()).singleElement().asString().contains("a").contains("integer");
    assertThat(AnswerParser.parse("{}", SCHEMA).errors())
        .singleElement()
        .asString()
        .contains("a");
  }

  @Test
  void noObject_saysSo() {
    for (String text : new String[] {"no idea", "[1, 2]", "{ not json", "} {", "\"{\""}) {
      AnswerParser.Parsed p = AnswerParser.parse(text, SCHEMA);
      assertThat(p.answer()).as(text).isEmpty();
      assertThat(p.isValid()).isFalse();
      assertThat(p.errors()).containsExactly("the answer holds no JSON object");
      assertThat(p.unaskedKeys()).isZero();
    }
  }

  @Test
  void aBrokenFence_fallsBackToTheFirstObject() {
    AnswerParser.Parsed p = AnswerParser.parse("```json\n{\"a\": }\n``` then {\"a\": 5}", SCHEMA);
    assertThat(p.answer())
        .hasValueSatisfying(a -> assertThat(a.get("a").asInt()).isEqualTo(5));
  }

  @Test
  void aSchemaThatIsNotAnObject_isAProgrammerError() {
    assertThatThrownBy(() -> AnswerParser.parse("{}", "[]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the answer schema is not a JSON object");
  }

  @Test
  void findObject_prefersTheFencedAnswerOverAnExampleBeforeIt() {
    assertThat(AnswerParser.findObject("Example: {\"b\": 2}. Answer:\n```json\n{\"a\": 1}\n```")
            .orElseThrow()
            .has("a"))
        .isTrue();
  }

  @Test
  void findObject_takesAWholeObjectAsIs_evenWithAFenceInsideAString() {
    assertThat(AnswerParser.findObject("{\"demo\": \"run ``` {} ``` then\"}")
            .orElseThrow()
            .has("demo"))
        .isTrue();
  }

  @Test
  void findObject_readsAnObjectAtTheVeryStartOfBrokenText() {
    assertThat(AnswerParser.findObject("{\"a\": {\"b\": 1}} oops }")
            .orElseThrow()
            .path("a")
            .has("b"))
        .isTrue();
    assertThat(AnswerParser.findObject("no object here")).isEmpty();
    assertThat(AnswerParser.findObject("{ unclosed")).isEmpty();
  }
}
