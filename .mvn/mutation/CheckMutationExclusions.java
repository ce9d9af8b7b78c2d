import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Comment;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks that every mutant excluded from mutation testing in a POM has a reason: each {@code <param>} of an
 * {@code excludedClasses} or {@code excludedMethods} list must have a one-line XML comment right above it.
 * Run once by the root POM's {@code mutation} profile: {@code java CheckMutationExclusions.java DIR} checks
 * DIR/pom.xml and every DIR/<module>/pom.xml. Exit status 1 lists the entries without a reason.
 */
public final class CheckMutationExclusions {
  private static final List<String> LISTS = List.of("excludedClasses", "excludedMethods");

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java CheckMutationExclusions.java PROJECT_DIR");
      System.exit(2);
    }
    List<String> problems = new ArrayList<>();
    int entries = 0;
    for (Path pom : poms(Path.of(args[0]))) {
      entries += check(pom.toFile(), problems);
    }
    if (!problems.isEmpty()) {
      problems.forEach(System.err::println);
      System.exit(1);
    }
    System.out.println(entries + " mutation exclusion(s) in " + args[0] + ", each with a reason");
  }

  private static List<Path> poms(Path dir) throws IOException {
    List<Path> poms = new ArrayList<>();
    poms.add(dir.resolve("pom.xml"));
    try (Stream<Path> children = Files.list(dir)) {
      children.map(child -> child.resolve("pom.xml")).filter(Files::isRegularFile).sorted().forEach(poms::add);
    }
    return poms;
  }

  /** Adds one problem per entry of {@code pom} without a one-line reason; returns the number of entries. */
  private static int check(File pom, List<String> problems) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setIgnoringComments(false);
    factory.setExpandEntityReferences(false);
    Element root = factory.newDocumentBuilder().parse(pom).getDocumentElement();
    int entries = 0;
    for (String list : LISTS) {
      NodeList lists = root.getElementsByTagName(list);
      for (int i = 0; i < lists.getLength(); i++) {
        for (Node child = lists.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child.getNodeType() != Node.ELEMENT_NODE) {
            continue;
          }
          entries++;
          String entry = pom + ": " + list + " '" + child.getTextContent().trim() + "'";
          String reason = reasonAbove(child);
          if (reason == null) {
            problems.add(entry + " has no reason: put a one-line <!-- reason --> comment right above it");
          } else if (reason.contains("\n")) {
            problems.add(entry + " has a reason of several lines: keep it to one line");
          }
        }
      }
    }
    return entries;
  }

  /** The text of the comment right above {@code node} (only whitespace between), or null if there is none. */
  private static String reasonAbove(Node node) {
    for (Node previous = node.getPreviousSibling(); previous != null; previous = previous.getPreviousSibling()) {
      if (previous.getNodeType() == Node.TEXT_NODE && previous.getTextContent().isBlank()) {
        continue;
      }
      if (previous instanceof Comment comment && !comment.getData().isBlank()) {
        return comment.getData().trim();
      }
      return null;
    }
    return null;
  }
}
