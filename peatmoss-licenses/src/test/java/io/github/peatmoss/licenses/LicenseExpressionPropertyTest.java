package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class LicenseExpressionPropertyTest {

  @Provide
  Arbitrary<LicenseExpression> trees() {
    return LicenseExpressionArbitraries.trees();
  }

  @Property
  void parse_ofPrintedTree_equalsTheTree(@ForAll("trees") LicenseExpression tree) {
    assertThat(LicenseExpression.parse(tree.toString())).isEqualTo(tree);
    assertThat(LicenseExpression.parseLenient(tree.toString())).isEqualTo(tree);
  }

  @Property
  void print_isAFixedPointOfParseThenPrint(
      @ForAll("trees") LicenseExpression tree, @ForAll long seed) {
    String messy = messy(tree, new Random(seed), true);
    String printed = LicenseExpression.parse(messy).toString();
    assertThat(LicenseExpression.parse(printed).toString()).isEqualTo(printed);
    assertThat(printed).isEqualTo(tree.toString());
  }

  /** Mixes of licenses joined by AND/OR without parentheses group as the spec says: AND binds tighter than OR. */
  @Property
  void parse_unparenthesisedMix_groupsAndBeforeOr(
      @ForAll("leafLists") List<LicenseExpression> leaves,
      @ForAll @Size(min = 7, max = 7) List<CompoundExpression.Operator> ops,
      @ForAll boolean lowerCase) {
    StringBuilder text = new StringBuilder(leaves.get(0).toString());
    List<List<LicenseExpression>> disjuncts = new ArrayList<>();
    List<LicenseExpression> conjunction = new ArrayList<>(List.of(leaves.get(0)));
    for (int i = 1; i < leaves.size(); i++) {
      CompoundExpression.Operator op = ops.get(i - 1);
      String word = lowerCase ? op.name().toLowerCase(Locale.ROOT) : op.name();
      text.append(' ').append(word).append(' ').append(leaves.get(i));
      if (op == CompoundExpression.Operator.OR) {
        disjuncts.add(conjunction);
        conjunction = new ArrayList<>();
      }
      conjunction.add(leaves.get(i));
    }
    disjuncts.add(conjunction);
    List<LicenseExpression> ors = disjuncts.stream()
        .map(c ->
            c.size() == 1 ? c.get(0) : CompoundExpression.of(CompoundExpression.Operator.AND, c))
        .collect(Collectors.toList());
    LicenseExpression expected =
        ors.size() == 1 ? ors.get(0) : CompoundExpression.of(CompoundExpression.Operator.OR, ors);

    assertThat(LicenseExpression.parse(text.toString())).isEqualTo(expected);
  }

  @Provide
  Arbitrary<List<LicenseExpression>> leafLists() {
    return LicenseExpressionArbitraries.leaves().list().ofMinSize(1).ofMaxSize(8);
  }

  @Property
  void parse_anyString_throwsOnlyLicenseExpressionExceptionWithAPositionInside(
      @ForAll String text) {
    assertOnlyOwnExceptions(text);
  }

  @Property
  void parse_anyTokenSoup_throwsOnlyLicenseExpressionExceptionWithAPositionInside(
      @ForAll("tokenSoup") String text) {
    assertOnlyOwnExceptions(text);
  }

  @Provide
  Arbitrary<String> tokenSoup() {
    return Arbitraries.of(
            "MIT",
            "mit",
            "Apache-2.0",
            "GPL-2.0",
            "AND",
            "and",
            "And",
            "OR",
            "or",
            "WITH",
            "with",
            "Classpath-exception-2.0",
            "LicenseRef-a",
            "licenseref-b",
            "LicenseRef-",
            "DocumentRef-d:",
            "AdditionRef-x",
            "(",
            ")",
            "+",
            " ",
            " ",
            "\t",
            "\n",
            "_",
            ":",
            "/",
            ",",
            "é",
            "\u0000",
            "NOASSERTION")
        .list()
        .ofMaxSize(14)
        .map(parts -> String.join("", parts));
  }

  private static void assertOnlyOwnExceptions(String text) {
    for (boolean lenient : new boolean[] {false, true}) {
      assertThatCode(() -> {
            try {
              LicenseExpression e =
                  lenient ? LicenseExpression.parseLenient(text) : LicenseExpression.parse(text);
              assertThat(LicenseExpression.parse(e.toString())).isEqualTo(e);
            } catch (LicenseExpressionException ex) {
              assertThat(ex.position()).isBetween(0, text.length());
              assertThat(ex.getMessage()).contains("position " + ex.position());
            }
          })
          .doesNotThrowAnyException();
    }
  }

  /** Renders {@code e} with random extra parentheses, spaces, id case and (consistent) operator case. */
  static String messy(LicenseExpression e, Random random, boolean top) {
    String text;
    if (e instanceof SimpleExpression simple) {
      text = simpleText(simple, random);
    } else if (e instanceof WithExpression w) {
      text = simpleText(w.license(), random)
          + spaces(random)
          + (random.nextBoolean() ? "WITH" : "with")
          + spaces(random)
          + (w.addition().isRef()
              ? w.addition().toString()
              : randomCase(w.addition().toString(), random));
    } else {
      CompoundExpression c = (CompoundExpression) e;
      String op =
          random.nextBoolean() ? c.operator().name() : c.operator().name().toLowerCase(Locale.ROOT);
      text = c.operands().stream()
          .map(o -> {
            String inner = messy(o, random, false);
            boolean needs =
                c.operator() == CompoundExpression.Operator.AND && o instanceof CompoundExpression;
            return needs ? "(" + inner + ")" : inner;
          })
          .collect(Collectors.joining(spaces(random) + op + spaces(random)));
    }
    if (random.nextInt(4) == 0) {
      text = "(" + text + ")";
    }
    return top ? spaces(random).substring(1) + text : text;
  }

  private static String simpleText(SimpleExpression simple, Random random) {
    if (simple instanceof ListedLicense l) {
      return randomCase(l.id(), random) + (l.isOrLater() ? "+" : "");
    }
    return simple.toString();
  }

  private static String randomCase(String id, Random random) {
    switch (random.nextInt(3)) {
      case 0:
        return id.toLowerCase(Locale.ROOT);
      case 1:
        return id.toUpperCase(Locale.ROOT);
      default:
        return id;
    }
  }

  private static String spaces(Random random) {
    return random.nextInt(3) == 0 ? "  " : random.nextInt(3) == 0 ? " \t" : " ";
  }

  @Property
  void print_neverContainsLowerCaseOperatorsOrDoubleSpaces(
      @ForAll("trees") LicenseExpression tree) {
    String s = tree.toString();
    assertThat(s)
        .doesNotContain("  ")
        .doesNotContain(" and ")
        .doesNotContain(" or ")
        .doesNotContain(" with ");
  }
}
