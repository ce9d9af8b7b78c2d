package io.github.peatmoss.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds transformers.js model loads in JavaScript or TypeScript: names imported from {@code @xenova/transformers}
 * or {@code @huggingface/transformers} (ES imports, {@code require}, dynamic {@code import()}), then {@code
 * pipeline(task, model)} and {@code X.from_pretrained(model)} calls whose model is a string constant (literals,
 * templates without substitutions, {@code const} names). A small tokenizer skips comments, strings, templates
 * and regular expressions. One use per instance; not thread-safe.
 */
final class JsAnalyzer {
  static final String PIPELINE = "transformers.js.pipeline";
  static final String FROM_PRETRAINED = "transformers.js.from_pretrained";
  private static final Set<String> MODULES =
      Set.of("@xenova/transformers", "@huggingface/transformers");
  private static final Set<String> REGEX_AFTER = Set.of(
      "(", ",", "=", ":", "[", "!", "&", "|", "?", "{", "}", ";", "+", "-", "*", "%", "<", ">", "~",
      "^", "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw",
      "yield", "await", "=>");

  private enum Kind {
    NAME,
    STRING,
    TEMPLATE,
    NUMBER,
    PUNCT,
    COMMENT
  }

  private record Tok(Kind kind, String text, int line, int column) {
    /** Whether this is the name or punctuator {@code s} (no string, template, number or regex reads as one). */
    boolean is(String s) {
      return text.equals(s);
    }

    String value() {
      return text.length() >= 2 ? text.substring(1, text.length() - 1) : "";
    }
  }

  private final List<Tok> all = new ArrayList<>();
  private final List<Tok> t = new ArrayList<>();
  private final Findings findings;
  /** Local name to what it is: "transformers.js" (the module) or "transformers.js.X" (an export). */
  private final Map<String, String> imports = new HashMap<>();

  private final Map<String, List<int[]>> constants = new HashMap<>();

  private JsAnalyzer(String source, Findings findings) {
    this.findings = findings;
    tokenize(source);
    for (Tok tok : all) {
      if (tok.kind != Kind.COMMENT) {
        t.add(tok);
      }
    }
  }

  /** Analyses {@code source}, reporting into {@code findings}. */
  static void analyze(String source, Findings findings) {
    JsAnalyzer a = new JsAnalyzer(source, findings);
    a.declarations();
    a.comments();
    a.calls();
  }

  // ---------------------------------------------------------------- tokens

  private void tokenize(String s) {
    int n = s.length();
    int i = 0;
    int line = 1;
    int lineStart = 0;
    while (i < n) {
      char c = s.charAt(i);
      int col = i - lineStart + 1;
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
        int e = s.indexOf('\n', i);
        e = e < 0 ? n : e;
        all.add(new Tok(Kind.COMMENT, s.substring(i, e), line, col));
        i = e;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int e = s.indexOf("*/", i + 2);
        e = e < 0 ? n : e + 2;
        all.add(new Tok(Kind.COMMENT, s.substring(i, e), line, col));
        for (int k = i; k < e; k++) {
          if (s.charAt(k) == '\n') {
            line++;
            lineStart = k + 1;
          }
        }
        i = e;
      } else if (c == '\'' || c == '"' || c == '`') {
        int e = i + 1;
        int startLine = line;
        boolean unterminated = false;
        while (e < n && s.charAt(e) != c) {
          if (s.charAt(e) == '\\') {
            e++;
            if (e < n && s.charAt(e) == '\n') { // a line continuation
              line++;
              lineStart = e + 1;
            }
          } else if (s.charAt(e) == '\n') {
            if (c != '`') {
              unterminated = true; // the string ends at the line end; the line break is read next
              break;
            }
            line++;
            lineStart = e + 1;
          }
          e++;
        }
        e = unterminated ? e : Math.min(n, e + 1);
        all.add(new Tok(c == '`' ? Kind.TEMPLATE : Kind.STRING, s.substring(i, e), startLine, col));
        i = e;
      } else if (c == '/' && regexAllowed()) {
        int e = i + 1;
        boolean inClass = false;
        while (e < n && s.charAt(e) != '\n') {
          char r = s.charAt(e);
          if (r == '\\') {
            e += 2;
            continue;
          }
          if (r == '[') {
            inClass = true;
          } else if (r == ']') {
            inClass = false;
          } else if (r == '/' && !inClass) {
            break;
          }
          e++;
        }
        if (e < n
            && s.charAt(e) == '/') { // closed: the flags follow; unclosed, it ends at the line end
          e++;
          while (e < n && Character.isLetter(s.charAt(e))) {
            e++;
          }
        }
        all.add(new Tok(
            Kind.NUMBER,
            s.substring(i, Math.min(e, n)),
            line,
            col)); // a regex: a value, never a name
        i = e;
      } else if (Character.isJavaIdentifierStart(c)) {
        int e = i + 1;
        while (e < n && Character.isJavaIdentifierPart(s.charAt(e))) {
          e++;
        }
        all.add(new Tok(Kind.NAME, s.substring(i, e), line, col));
        i = e;
      } else if (Character.isDigit(c)) {
        int e = i + 1;
        while (e < n
            && (Character.isLetterOrDigit(s.charAt(e))
                || s.charAt(e) == '.'
                || s.charAt(e) == '_')) {
          e++;
        }
        all.add(new Tok(Kind.NUMBER, s.substring(i, e), line, col));
        i = e;
      } else {
        // Only the operators the analyser reads are joined: "?." chains calls, "..." spreads an
        // argument,
        // "=>" is no "=" ending a type annotation; the rest change nothing read here, regexes
        // included.
        String op = s.startsWith("=>", i)
            ? "=>"
            : s.startsWith("?.", i) ? "?." : s.startsWith("...", i) ? "..." : String.valueOf(c);
        all.add(new Tok(Kind.PUNCT, op, line, col));
        i += op.length();
      }
    }
  }

  private boolean regexAllowed() {
    for (int k = all.size() - 1; k >= 0; k--) {
      Tok prev = all.get(k);
      if (prev.kind == Kind.COMMENT) {
        continue;
      }
      return (prev.kind == Kind.PUNCT || prev.kind == Kind.NAME) && REGEX_AFTER.contains(prev.text);
    }
    return true;
  }

  // ---------------------------------------------------------------- declarations

  private void declarations() {
    for (int i = 0; i < t.size(); i++) {
      Tok tok = t.get(i);
      if (tok.is("import") && !(i + 1 < t.size() && t.get(i + 1).is("("))) {
        esImport(i);
      } else if (tok.is("const") || tok.is("let") || tok.is("var")) {
        declaration(i);
      }
    }
  }

  private void esImport(int i) {
    int from = -1;
    for (int j = i + 1; j < t.size() && j < i + 200; j++) {
      if (t.get(j).is("from") && j + 1 < t.size() && t.get(j + 1).kind == Kind.STRING) {
        from = j;
        break;
      }
      if (t.get(j).is(";")) {
        break;
      }
    }
    if (from < 0 || !MODULES.contains(t.get(from + 1).value())) {
      return;
    }
    int j = i + 1;
    if (t.get(j).is("type")) {
      j++;
    }
    while (j < from) {
      Tok tok = t.get(j);
      if (tok.is("*") && j + 2 < from && t.get(j + 1).is("as")) {
        imports.put(t.get(j + 2).text, "transformers.js");
        j += 3;
      } else if (tok.is("{")) {
        j = bindings(j + 1, "as");
      } else if (tok.kind == Kind.NAME) {
        imports.put(tok.text, "transformers.js");
        j++;
      } else {
        j++;
      }
    }
  }

  /** Reads {@code { a, b as c }} (or {@code { a: c }} with separator ":") from {@code j}; returns the index after "}". */
  private int bindings(int j, String separator) {
    while (j < t.size() && !t.get(j).is("}")) {
      Tok tok = t.get(j);
      if (tok.kind == Kind.NAME) {
        if (j + 2 < t.size() && t.get(j + 1).is(separator) && t.get(j + 2).kind == Kind.NAME) {
          imports.put(t.get(j + 2).text, "transformers.js." + tok.text);
          j += 3;
          continue;
        }
        imports.put(tok.text, "transformers.js." + tok.text);
      }
      j++;
    }
    return j + 1;
  }

  private void declaration(int i) {
    int j = i + 1;
    if (j >= t.size()) {
      return;
    }
    if (t.get(j).is("{")) {
      // const { pipeline, AutoModel: AM } = require('@xenova/transformers') / await import('...')
      int close = j;
      while (close < t.size() && !t.get(close).is("}")) {
        close++;
      }
      if (close + 1 < t.size() && t.get(close + 1).is("=") && requiresModule(close + 2)) {
        bindings(j + 1, ":");
      }
      return;
    }
    if (t.get(j).kind != Kind.NAME || j + 1 >= t.size()) {
      return;
    }
    String name = t.get(j).text;
    int k = j + 1;
    if (t.get(k).is(":")) { // TypeScript annotation
      while (k < t.size() && !t.get(k).is("=") && !t.get(k).is(";")) {
        k++;
      }
    }
    if (k < t.size() && t.get(k).is("=")) {
      if (requiresModule(k + 1)) {
        imports.put(name, "transformers.js");
      } else {
        int end = k + 1;
        while (end < t.size()
            && !t.get(end).is(";")
            && !t.get(end).is(",")
            && t.get(end).line == t.get(k).line) {
          end++;
        }
        constants.computeIfAbsent(name, x -> new ArrayList<>()).add(new int[] {k + 1, end, k});
      }
    }
  }

  /** Returns whether tokens at {@code j} are {@code require('M')}, {@code import('M')} or {@code await import('M')}. */
  private boolean requiresModule(int j) {
    if (j < t.size() && t.get(j).is("await")) {
      j++;
    }
    return j + 2 < t.size()
        && (t.get(j).is("require") || t.get(j).is("import"))
        && t.get(j + 1).is("(")
        && t.get(j + 2).kind == Kind.STRING
        && MODULES.contains(t.get(j + 2).value());
  }

  // ---------------------------------------------------------------- calls

  private void comments() {
    for (Tok tok : all) {
      if (tok.kind != Kind.COMMENT || tok.text.indexOf('(') < 0) {
        continue;
      }
      Matcher m = Signatures.TEXT_CALL.matcher(tok.text);
      while (m.find()) {
        String name = m.group(1);
        String method = name.substring(name.lastIndexOf('.') + 1);
        if (method.equals("pipeline") || method.equals("from_pretrained")) {
          findings.reject(
              tok.line,
              tok.column + m.start(),
              name,
              null,
              m.group(2),
              RejectReason.IN_COMMENT,
              "in a comment");
        }
      }
    }
  }

  private void calls() {
    for (int i = 1; i < t.size(); i++) {
      if (!t.get(i).is("(") || t.get(i - 1).kind != Kind.NAME) {
        continue;
      }
      int first = i - 1;
      List<String> chain = new ArrayList<>();
      chain.add(t.get(first).text);
      while (first >= 2
          && (t.get(first - 1).is(".") || t.get(first - 1).is("?."))
          && t.get(first - 2).kind == Kind.NAME) {
        first -= 2;
        chain.add(0, t.get(first).text);
      }
      if (first >= 1 && (t.get(first - 1).is(".") || t.get(first - 1).is("function"))) {
        continue; // a method of something else, or a declaration
      }
      String head = imports.get(chain.get(0));
      String method = chain.get(chain.size() - 1);
      String written = String.join(".", chain);
      List<int[]> args = arguments(i);
      Tok at = t.get(first);
      if (head == null) {
        if (method.equals("from_pretrained") && !args.isEmpty()) {
          String v = constant(args.get(0), i);
          if (v != null && Candidates.huggingFace(v).isId()) {
            findings.reject(
                at.line,
                at.column,
                written,
                null,
                v,
                RejectReason.UNRELATED_RECEIVER,
                "'" + chain.get(0) + "' is not imported from transformers.js");
          }
        }
        continue;
      }
      String call =
          head + (chain.size() > 1 ? "." + String.join(".", chain.subList(1, chain.size())) : "");
      String signature;
      int position;
      if (call.equals("transformers.js.pipeline")) {
        signature = PIPELINE;
        position = 1;
      } else if (method.equals("from_pretrained") && chain.size() >= 2) {
        signature = FROM_PRETRAINED;
        position = 0;
      } else {
        continue;
      }
      if (args.size() <= position) {
        findings.reject(
            at.line,
            at.column,
            call,
            signature,
            "",
            RejectReason.NO_MODEL_ARGUMENT,
            position == 1 ? "no model argument: the task's default model" : "no model argument");
        continue;
      }
      int[] arg = args.get(position);
      String v = constant(arg, i);
      if (v == null) {
        Tok a = t.get(arg[0]);
        boolean template = a.kind == Kind.TEMPLATE || arg[1] - arg[0] > 1;
        findings.reject(
            at.line,
            at.column,
            call,
            signature,
            a.text,
            template && a.kind != Kind.NAME
                ? RejectReason.DYNAMIC_STRING
                : RejectReason.UNRESOLVED_VARIABLE,
            a.kind == Kind.NAME
                ? "'" + a.text + "' is not a constant in this file"
                : "not a constant string");
        continue;
      }
      Candidates.Verdict verdict = Candidates.huggingFace(v);
      if (verdict.isId()) {
        findings.candidate(at.line, at.column, call, signature, v, verdict.id());
      } else {
        findings.reject(at.line, at.column, call, signature, v, verdict.reason(), verdict.detail());
      }
    }
  }

  private List<int[]> arguments(int open) {
    List<int[]> args = new ArrayList<>();
    int depth = 0;
    int start = open + 1;
    for (int j = open + 1; j < t.size(); j++) {
      Tok tok = t.get(j);
      if (tok.is("(") || tok.is("[") || tok.is("{")) {
        depth++;
      } else if (tok.is(")") || tok.is("]") || tok.is("}")) {
        if (depth == 0) {
          if (j > start) {
            args.add(new int[] {start, j});
          }
          return args;
        }
        depth--;
      } else if (tok.is(",") && depth == 0) {
        args.add(new int[] {start, j});
        start = j + 1;
      }
      if (j - open > 10_000) {
        break;
      }
    }
    return args;
  }

  /** Returns the constant string of tokens [from, to), or null. */
  private String constant(int[] range, int at) {
    return constant(range[0], range[1], at, 0);
  }

  private String constant(int from, int to, int at, int depth) {
    if (depth > 16 || from >= to) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int j = from; j < to; j++) {
      Tok tok = t.get(j);
      if ((j - from) % 2 == 1) {
        if (!tok.is("+")) {
          return null;
        }
        continue;
      }
      if (tok.kind == Kind.STRING || (tok.kind == Kind.TEMPLATE && !tok.text.contains("${"))) {
        out.append(tok.value());
      } else if (tok.kind == Kind.NAME && constants.containsKey(tok.text)) {
        int[] best = null;
        for (int[] c : constants.get(tok.text)) {
          if (c[2] < at || best == null) {
            best = c;
          }
        }
        String v = constant(best[0], best[1], best[2], depth + 1);
        if (v == null) {
          return null;
        }
        out.append(v);
      } else {
        return null;
      }
    }
    return out.toString();
  }
}
