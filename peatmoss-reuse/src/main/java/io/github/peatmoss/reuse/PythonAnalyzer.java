package io.github.peatmoss.reuse;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.reuse.internal.PythonCode;
import io.github.peatmoss.reuse.python.PythonToken;
import io.github.peatmoss.reuse.python.PythonToken.Kind;
import io.github.peatmoss.reuse.python.PythonTokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds model loads in one Python source: tokens from the shared {@link PythonTokenizer}, then a small parser
 * for what matters (imports with aliases, def/class scopes by indentation, assignments of constants, calls with
 * their arguments) and an evaluator for constant strings (literals, implicit and {@code +} concatenation,
 * f-strings whose parts are constants, names, {@code self.x}, class attributes, dict literals). One use per
 * instance; not thread-safe.
 */
final class PythonAnalyzer {
  private static final Set<String> KEYWORDS = Set.of(
      "False",
      "None",
      "True",
      "and",
      "as",
      "assert",
      "async",
      "await",
      "break",
      "class",
      "continue",
      "def",
      "del",
      "elif",
      "else",
      "except",
      "finally",
      "for",
      "from",
      "global",
      "if",
      "import",
      "in",
      "is",
      "lambda",
      "nonlocal",
      "not",
      "or",
      "pass",
      "raise",
      "return",
      "try",
      "while",
      "with",
      "yield");
  private static final Set<String> COMPOUND =
      Set.of("if", "elif", "else", "while", "try", "except", "finally", "with", "for");
  private static final Set<String> PATH_CALLS = Set.of(
      "os.path.join",
      "os.path.abspath",
      "os.path.expanduser",
      "os.path.dirname",
      "os.path.realpath",
      "os.path.normpath",
      "os.getcwd",
      "pathlib.Path",
      "pathlib.PurePath",
      "pathlib.PosixPath",
      "pathlib.WindowsPath",
      "os.path.basename");
  private static final Set<String> ENV_CALLS =
      Set.of("os.getenv", "os.environ.get", "os.environ.setdefault");
  private static final int MAX_DEPTH = 24;

  private enum ScopeKind {
    MODULE,
    CLASS,
    FUNCTION
  }

  /** A module, class or function body. */
  private static final class Scope {
    final Scope parent;
    final ScopeKind kind;
    int indent;
    final Map<String, List<Binding>> vars = new HashMap<>();
    final Map<String, List<Binding>> attrs = new HashMap<>();
    final List<int[]> bases = new ArrayList<>();

    Scope(Scope parent, ScopeKind kind, int indent) {
      this.parent = parent;
      this.kind = kind;
      this.indent = indent;
    }

    Scope enclosingClass() {
      for (Scope s = this; s != null; s = s.parent) {
        if (s.kind == ScopeKind.CLASS) {
          return s;
        }
      }
      return null;
    }
  }

  /** A name bound at token {@code at} to tokens [from, to) evaluated in {@code scope}, or to nothing known. */
  private record Binding(int at, int from, int to, Scope scope, String unknown) {}

  /** A call: the dotted name ending before {@code open}. */
  private record Call(
      int first, int open, int close, List<String> chain, boolean unknownReceiver, Scope scope) {}

  /** An evaluated expression: a string, or why not. */
  private record Value(String string, RejectReason reason, String detail) {
    static Value of(String s) {
      return new Value(s, null, "");
    }

    static Value unknown(RejectReason reason, String detail) {
      return new Value(null, reason, detail);
    }

    boolean known() {
      return string != null;
    }
  }

  private final String source;
  private final List<PythonToken> all;
  private final List<PythonToken> t;
  private final int[] match;
  private final Findings findings;
  private final Map<String, String> imports = new HashMap<>();
  private final List<String> starImports = new ArrayList<>();
  private final Map<String, Scope> classes = new HashMap<>();
  private final List<Call> calls = new ArrayList<>();
  private final Set<Integer> notCalls = new java.util.HashSet<>();
  private final Scope module = new Scope(null, ScopeKind.MODULE, 0);

  private PythonAnalyzer(String source, Findings findings) {
    this.source = source;
    this.all = PythonTokenizer.tokenize(source);
    this.t = PythonCode.codeTokens(all);
    this.match = PythonCode.matchBrackets(t);
    this.findings = findings;
  }

  /** Analyses {@code source}, reporting into {@code findings}. */
  static void analyze(String source, Findings findings) {
    PythonAnalyzer a = new PythonAnalyzer(source, findings);
    a.structure();
    a.textCandidates();
    for (Call call : a.calls) {
      a.examine(call);
    }
  }

  // ---------------------------------------------------------------- pass 1: structure

  private void structure() {
    Scope scope = module;
    Scope pending = null;
    int indent = 0;
    boolean statementStart = true;
    for (int i = 0; i < t.size(); i++) {
      PythonToken tok = t.get(i);
      switch (tok.kind()) {
        case INDENT:
          indent++;
          if (pending != null) {
            pending.indent = indent;
            scope = pending;
            pending = null;
          }
          statementStart = true;
          continue;
        case DEDENT:
          indent = Math.max(0, indent - 1);
          while (scope.parent != null && scope.indent > indent) {
            scope = scope.parent;
          }
          statementStart = true;
          continue;
        case NEWLINE:
          statementStart = true;
          if (pending != null
              && t.get(i + 1).kind() != Kind.INDENT) { // END follows the last NEWLINE
            pending = null; // a one-line body: no block follows
          }
          continue;
        case END:
          continue;
        default:
          break;
      }
      if (tok.isOp(";")) {
        statementStart = true;
        continue;
      }
      if (statementStart) {
        statementStart = false;
        Scope opened = statement(i, scope);
        if (opened != null) {
          pending = opened;
        }
      }
      if (tok.isOp("(")
          && i > 0
          && t.get(i - 1).kind() == Kind.NAME
          && !KEYWORDS.contains(t.get(i - 1).text())
          && !notCalls.contains(i)) {
        recordCall(i, scope);
      }
    }
  }

  /** Reads the statement starting at {@code i}; returns the scope a def or class opens, if any. */
  private Scope statement(int i, Scope scope) {
    return statement(i, scope, 0);
  }

  private Scope statement(int i, Scope scope, int nesting) {
    if (nesting > MAX_DEPTH) {
      return null; // "if a: if b: if c: ..." is not Python; stop reading it
    }
    PythonToken tok = t.get(i);
    int end = statementEnd(i);
    if (tok.isName("import")) {
      importStatement(i + 1, end);
    } else if (tok.isName("from")) {
      fromStatement(i + 1, end);
    } else if (tok.isName("def") || (tok.isName("async") && t.get(i + 1).isName("def"))) {
      return def(tok.isName("def") ? i : i + 1, end, scope, nesting);
    } else if (tok.isName("class")) {
      return classStatement(i, end, scope);
    } else if (tok.isName("for") || (tok.isName("async") && t.get(i + 1).isName("for"))) {
      for (int j = i + 1; j < end && !t.get(j).isName("in"); j++) {
        if (t.get(j).kind() == Kind.NAME) {
          bind(scope, t.get(j).text(), new Binding(j, 0, 0, scope, "a loop variable"));
        }
      }
      inlineBody(i, end, scope, nesting);
    } else if (tok.isName("with")) {
      for (int j = i + 1; j < end; j++) {
        if (t.get(j).isName("as") && t.get(j + 1).kind() == Kind.NAME) {
          bind(scope, t.get(j + 1).text(), new Binding(j, 0, 0, scope, "bound by 'with ... as'"));
        }
      }
      inlineBody(i, end, scope, nesting);
    } else if (tok.kind() == Kind.NAME && COMPOUND.contains(tok.text())) {
      inlineBody(i, end, scope, nesting);
    } else {
      assignment(i, end, scope);
    }
    return null;
  }

  /** A compound statement's body on the same line ({@code if x: MODEL = "a"}) is a statement too. */
  private void inlineBody(int i, int end, Scope scope, int nesting) {
    for (int j = i + 1; j < end; j++) {
      if (match[j] >= 0) {
        j = Math.min(match[j], end);
        continue;
      }
      if (t.get(j).isOp(":")) {
        statement(j + 1, scope, nesting + 1);
        return;
      }
    }
  }

  /** Returns the index of the NEWLINE, {@code ;} or END ending the statement starting at {@code i}. */
  private int statementEnd(int i) {
    int j = i;
    while (true) { // the END token ends every statement
      PythonToken tok = t.get(j);
      if (match[j] >= 0) {
        j = match[j] + 1;
        continue;
      }
      if (tok.kind() == Kind.NEWLINE
          || tok.kind() == Kind.END
          || tok.kind() == Kind.INDENT
          || tok.kind() == Kind.DEDENT
          || tok.isOp(";")) {
        return j;
      }
      j++;
    }
  }

  private void importStatement(int from, int end) {
    int i = from;
    while (i < end) {
      StringBuilder name = new StringBuilder();
      while (i < end
          && (t.get(i).kind() == Kind.NAME && !t.get(i).isName("as") || t.get(i).isOp("."))) {
        name.append(t.get(i).text());
        i++;
      }
      String dotted = name.toString();
      if (i + 1 < end && t.get(i).isName("as") && t.get(i + 1).kind() == Kind.NAME) {
        imports.put(t.get(i + 1).text(), dotted);
        i += 2;
      } else if (!dotted.isEmpty()) {
        String head = dotted.split("\\.", -1)[0];
        imports.putIfAbsent(head, head);
      }
      while (i < end && !t.get(i).isOp(",")) {
        i++;
      }
      i++;
    }
  }

  private void fromStatement(int from, int end) {
    int i = from;
    StringBuilder module = new StringBuilder();
    while (i < end && !t.get(i).isName("import")) {
      module.append(t.get(i).text());
      i++;
    }
    i++;
    String base = module.toString();
    // "from . import x" names ".x", "from .pkg import x" names ".pkg.x"
    String prefix = base.endsWith(".") ? base : base + ".";
    while (i < end) {
      PythonToken tok = t.get(i);
      if (tok.isOp("*")) {
        starImports.add(base);
        i++;
      } else if (tok.kind() == Kind.NAME) {
        String name = tok.text();
        if (i + 2 < end && t.get(i + 1).isName("as") && t.get(i + 2).kind() == Kind.NAME) {
          imports.put(t.get(i + 2).text(), prefix + name);
          i += 3;
        } else {
          imports.put(name, prefix + name);
          i++;
        }
      } else {
        i++;
      }
    }
  }

  private Scope def(int defAt, int end, Scope scope, int nesting) {
    Scope function = new Scope(scope, ScopeKind.FUNCTION, -1);
    if (t.get(defAt + 1).kind() == Kind.NAME && t.get(defAt + 2).isOp("(")) {
      int open = defAt + 2;
      notCalls.add(open);
      int close = match[open] < 0 ? end : Math.min(match[open], end);
      for (int[] p : splitArguments(open + 1, close)) {
        int a = p[0];
        while (a < p[1]
            && (t.get(a).isOp("*") || t.get(a).isOp("**") || t.get(a).isOp("/"))) {
          a++;
        }
        if (a >= p[1] || t.get(a).kind() != Kind.NAME) {
          continue;
        }
        String name = t.get(a).text();
        int eq = -1;
        for (int j = a + 1; j < p[1]; j++) {
          if (match[j] >= 0) {
            j = match[j];
            continue;
          }
          if (t.get(j).isOp("=")) {
            eq = j;
            break;
          }
        }
        function
            .vars
            .computeIfAbsent(name, k -> new ArrayList<>())
            .add(
                eq < 0
                    ? new Binding(defAt, 0, 0, scope, "a parameter")
                    : new Binding(defAt, eq + 1, p[1], scope, null));
      }
      inlineBody(close, end, function, nesting);
    }
    return function;
  }

  private Scope classStatement(int at, int end, Scope scope) {
    Scope cls = new Scope(scope, ScopeKind.CLASS, -1);
    if (t.get(at + 1).kind() == Kind.NAME) {
      String name = t.get(at + 1).text();
      if (t.get(at + 2).isOp("(")) {
        int open = at + 2;
        notCalls.add(open);
        int close = match[open] < 0 ? end : Math.min(match[open], end);
        for (int[] p : splitArguments(open + 1, close)) {
          if (!(p[1] > p[0] + 1 && t.get(p[0] + 1).isOp("="))) {
            cls.bases.add(p);
          }
        }
      }
      classes.put(name, cls);
      bind(scope, name, new Binding(at, 0, 0, scope, "a class"));
    }
    return cls;
  }

  private void assignment(int i, int end, Scope scope) {
    List<Integer> equals = new ArrayList<>();
    int augmented = -1;
    for (int j = i; j < end; j++) {
      if (match[j] >= 0) {
        j = Math.min(match[j], end);
        continue;
      }
      PythonToken tok = t.get(j);
      if (tok.isOp("=")) {
        equals.add(j);
      } else if (tok.kind() == Kind.OP
          && tok.text().length() >= 2
          && tok.text().endsWith("=")
          && !tok.text().equals("==")
          && !tok.text().equals("<=")
          && !tok.text().equals(">=")
          && !tok.text().equals("!=")
          && augmented < 0
          && equals.isEmpty()) {
        augmented = j;
      } else if (tok.isName("lambda")) {
        break;
      }
    }
    if (augmented >= 0) {
      target(i, augmented, -1, end, scope, "changed by an augmented assignment");
      return;
    }
    if (equals.isEmpty()) {
      return;
    }
    int valueFrom = equals.get(equals.size() - 1) + 1;
    int targetFrom = i;
    for (int eq : equals) {
      target(targetFrom, eq, valueFrom, end, scope, null);
      targetFrom = eq + 1;
    }
  }

  /** Binds the assignment target tokens [from, to) to the value tokens [valueFrom, valueTo). */
  private void target(int from, int to, int valueFrom, int valueTo, Scope scope, String unknown) {
    if (from >= to) {
      return;
    }
    PythonToken first = t.get(from);
    // NAME, or NAME: annotation
    if (first.kind() == Kind.NAME && (to == from + 1 || t.get(from + 1).isOp(":"))) {
      bind(scope, first.text(), binding(from, valueFrom, valueTo, scope, unknown));
      return;
    }
    // self.NAME / cls.NAME: an attribute of the enclosing class
    if ((first.isName("self") || first.isName("cls"))
        && to >= from + 3
        && t.get(from + 1).isOp(".")
        && t.get(from + 2).kind() == Kind.NAME
        && (to == from + 3 || t.get(from + 3).isOp(":"))) {
      Scope cls = scope.enclosingClass();
      if (cls != null) {
        cls.attrs
            .computeIfAbsent(t.get(from + 2).text(), k -> new ArrayList<>())
            .add(binding(from, valueFrom, valueTo, scope, unknown));
      }
      return;
    }
    // NAME["key"] = value: an item of a dict bound to NAME
    if (first.kind() == Kind.NAME
        && t.get(from + 1).isOp("[")
        && match[from + 1] == to - 1
        && to == from + 4
        && t.get(from + 2).kind() == Kind.STRING) {
      bind(
          scope,
          first.text() + "[" + t.get(from + 2).stringValue() + "]",
          binding(from, valueFrom, valueTo, scope, unknown));
      return;
    }
    // tuple targets: every name in them is unknown afterwards
    for (int j = from; j < to; j++) {
      PythonToken tok = t.get(j);
      if (tok.kind() == Kind.NAME
          && !KEYWORDS.contains(tok.text())
          && (j == from || !t.get(j - 1).isOp("."))
          && (j + 1 >= to || !t.get(j + 1).isOp("."))) {
        bind(scope, tok.text(), new Binding(j, 0, 0, scope, "assigned by unpacking"));
      }
    }
  }

  private static Binding binding(int at, int valueFrom, int valueTo, Scope scope, String unknown) {
    return unknown != null || valueFrom < 0
        ? new Binding(at, 0, 0, scope, unknown)
        : new Binding(at, valueFrom, valueTo, scope, null);
  }

  private static void bind(Scope scope, String name, Binding binding) {
    scope.vars.computeIfAbsent(name, k -> new ArrayList<>()).add(binding);
  }

  private void recordCall(int open, Scope scope) {
    int first = open - 1;
    List<String> chain = new ArrayList<>();
    chain.add(t.get(first).text());
    while (first >= 2
        && t.get(first - 1).isOp(".")
        && t.get(first - 2).kind() == Kind.NAME
        && !KEYWORDS.contains(t.get(first - 2).text())) {
      first -= 2;
      chain.add(0, t.get(first).text());
    }
    boolean unknownReceiver = first >= 1 && t.get(first - 1).isOp(".");
    if (first >= 1 && t.get(first - 1).isName("def")) {
      return;
    }
    int close = match[open] < 0 ? t.size() - 1 : match[open];
    calls.add(new Call(first, open, close, chain, unknownReceiver, scope));
  }

  // ---------------------------------------------------------------- comments and strings

  private void textCandidates() {
    for (PythonToken tok : all) {
      boolean comment = tok.kind() == Kind.COMMENT;
      if (!comment && tok.kind() != Kind.STRING) {
        continue;
      }
      String text = tok.text();
      if (text.indexOf('(') < 0) {
        continue;
      }
      Matcher m = Signatures.TEXT_CALL.matcher(text);
      while (m.find()) {
        String name = m.group(1);
        String method = name.substring(name.lastIndexOf('.') + 1);
        if (!Signatures.TEXT_METHODS.contains(method)) {
          continue;
        }
        int line = tok.line();
        int column = tok.column() + m.start();
        int lastBreak = -1;
        for (int k = 0; k < m.start(); k++) {
          if (text.charAt(k) == '\n') {
            line++;
            lastBreak = k;
          }
        }
        if (lastBreak >= 0) {
          column = m.start() - lastBreak;
        }
        findings.reject(
            line,
            column,
            name,
            null,
            m.group(2),
            comment ? RejectReason.IN_COMMENT : RejectReason.IN_STRING,
            comment ? "in a comment" : "in a string literal or docstring");
      }
    }
  }

  // ---------------------------------------------------------------- pass 2: calls

  private void examine(Call call) {
    PythonToken head = t.get(call.first);
    String written = String.join(".", call.chain);
    String qualified = call.unknownReceiver ? null : qualify(call.chain, call.scope, call.first, 0);
    if (qualified != null) {
      String[] q = qualified.split("\\.", -1);
      for (PySignature sig : Signatures.candidates(q[0])) {
        if (sig.matches.test(q)) {
          extract(sig, q, qualified, call, head);
          return;
        }
      }
    }
    String method = call.chain.get(call.chain.size() - 1);
    if (!Signatures.DISTINCTIVE_METHODS.contains(method)) {
      return;
    }
    List<int[]> args = splitArguments(call.open + 1, call.close);
    int[] arg = argument(args, 0, PySignature.FROM_PRETRAINED_KEYWORDS);
    if (arg == null) {
      return;
    }
    Value v = eval(arg[0], arg[1], call.scope, call.open, 0);
    if (!v.known() || !Candidates.huggingFace(v.string).isId()) {
      return;
    }
    if (method.equals("from_pretrained")
        && (call.unknownReceiver || qualified == null || qualified.equals(written))) {
      // A receiver the file does not define or import (self.model_class, MODEL_CLASSES[k]) in a
      // file that imports
      // a from_pretrained library: that library's call.
      String library = importedFromPretrainedLibrary();
      if (library != null && !isLocalClassOrForeignImport(call)) {
        reportId(
            library + ".from_pretrained",
            "?." + written,
            head,
            v.string,
            Candidates.huggingFace(v.string));
        return;
      }
    }
    findings.reject(
        head.line(),
        head.column(),
        qualified != null ? qualified : "?." + written,
        null,
        v.string,
        RejectReason.UNRELATED_RECEIVER,
        "'" + written + "' is not from a library that loads hub models");
  }

  /** Returns whether the call's receiver is a class defined here without library bases, or imported elsewhere. */
  private boolean isLocalClassOrForeignImport(Call call) {
    if (call.unknownReceiver) {
      return false;
    }
    String head = call.chain.get(0);
    return classes.containsKey(head) || imports.containsKey(head);
  }

  private String importedFromPretrainedLibrary() {
    for (String lib : Signatures.FROM_PRETRAINED_LIBRARIES) {
      for (String target : imports.values()) {
        if (target.equals(lib) || target.startsWith(lib + ".")) {
          return lib;
        }
      }
      for (String star : starImports) {
        if (star.equals(lib) || star.startsWith(lib + ".")) {
          return lib;
        }
      }
    }
    return null;
  }

  private void extract(PySignature sig, String[] q, String qualified, Call call, PythonToken head) {
    List<int[]> args = splitArguments(call.open + 1, call.close);
    switch (sig.kind) {
      case SPACY_PACKAGE:
        reportId(sig.id, qualified, head, q[0], Candidates.spacy(q[0]));
        return;
      case TORCH_BUNDLE:
        reportId(sig.id, qualified, head, q[q.length - 2], bundle(q));
        return;
      case TORCHVISION:
        torchvision(sig, q, qualified, call, head, args);
        return;
      case TORCH_HUB:
        torchHub(sig, qualified, call, head, args);
        return;
      default:
        break;
    }
    int position = sig.position;
    List<String> keywords = sig.keywords;
    if (sig.id.equals("peft.from_pretrained")
        && q.length >= 2
        && (q[q.length - 2].startsWith("PeftModel")
            || q[q.length - 2].startsWith("PeftMixedModel"))) {
      position = 1; // PeftModel.from_pretrained(base_model, model_id)
      keywords = List.of("model_id");
    }
    int[] arg = argument(args, position, keywords);
    if (arg == null) {
      boolean star =
          args.stream().anyMatch(a -> t.get(a[0]).isOp("*") || t.get(a[0]).isOp("**"));
      findings.reject(
          head.line(),
          head.column(),
          qualified,
          sig.id,
          "",
          star ? RejectReason.UNRESOLVED_VARIABLE : RejectReason.NO_MODEL_ARGUMENT,
          star ? "the model argument is passed through *args or **kwargs" : "no model argument");
      return;
    }
    if (isCall(arg) || (sig.id.equals("transformers.pipeline") && isName(arg, "None"))) {
      if (isName(arg, "None")) {
        findings.reject(
            head.line(),
            head.column(),
            qualified,
            sig.id,
            "None",
            RejectReason.NO_MODEL_ARGUMENT,
            "model=None: the task's default model");
      }
      return; // a model object built by another call, found there
    }
    if (sig.id.equals("huggingface_hub.hf_hub_download")
        || sig.id.equals("huggingface_hub.snapshot_download")) {
      int[] type = argument(args, -1, List.of("repo_type"));
      if (type != null) {
        Value repoType = eval(type[0], type[1], call.scope, call.open, 0);
        if (!repoType.known() || !repoType.string.equals("model")) {
          findings.reject(
              head.line(),
              head.column(),
              qualified,
              sig.id,
              sourceText(arg),
              RejectReason.NOT_A_MODEL_ID,
              "repo_type is " + (repoType.known() ? "'" + repoType.string + "'" : "not a constant")
                  + ", not a model");
          return;
        }
      }
    }
    Value v = eval(arg[0], arg[1], call.scope, call.open, 0);
    if (!v.known()) {
      findings.reject(
          head.line(), head.column(), qualified, sig.id, sourceText(arg), v.reason, v.detail);
      return;
    }
    Candidates.Verdict verdict;
    switch (sig.kind) {
      case PREFIXED:
        verdict = Candidates.prefixed(v.string, sig.library);
        break;
      case SPACY:
        verdict = Candidates.spacy(v.string);
        break;
      case STANZA:
        verdict = Candidates.stanza(v.string);
        break;
      case FLAIR:
        verdict = Candidates.flair(v.string);
        break;
      case ALLENNLP:
        verdict = Candidates.allennlp(v.string);
        break;
      default:
        verdict = Candidates.huggingFace(v.string);
    }
    reportId(sig.id, qualified, head, v.string, verdict);
  }

  private void reportId(
      String signature, String call, PythonToken head, String written, Candidates.Verdict verdict) {
    if (verdict.isId()) {
      findings.candidate(head.line(), head.column(), call, signature, written, verdict.id());
    } else {
      findings.reject(
          head.line(), head.column(), call, signature, written, verdict.reason(), verdict.detail());
    }
  }

  private static Candidates.Verdict bundle(String[] q) {
    String bundle = q[q.length - 2];
    String repo = q[0].equals("torchaudio") ? "pytorch/audio/" : "pytorch/text/";
    try {
      return Candidates.Verdict.id(ModelId.of(repo + bundle));
    } catch (IllegalArgumentException e) {
      return Candidates.Verdict.reject(RejectReason.NOT_A_MODEL_ID, e.getMessage());
    }
  }

  private void torchvision(
      PySignature sig,
      String[] q,
      String qualified,
      Call call,
      PythonToken head,
      List<int[]> args) {
    String builder = q[q.length - 1];
    int weightsPosition = 0;
    if (builder.equals("get_model")) {
      int[] name = argument(args, 0, List.of("name"));
      Value v = name == null
          ? Value.unknown(RejectReason.NO_MODEL_ARGUMENT, "no model name")
          : eval(name[0], name[1], call.scope, call.open, 0);
      if (!v.known()) {
        findings.reject(
            head.line(),
            head.column(),
            qualified,
            sig.id,
            name == null ? "" : sourceText(name),
            v.reason,
            v.detail);
        return;
      }
      builder = v.string.strip();
      weightsPosition = 1;
    }
    int[] weights = argument(args, -1, List.of("weights"));
    int[] pretrained = argument(args, weightsPosition, List.of("pretrained"));
    boolean withWeights = (weights != null && !isName(weights, "None") && !isName(weights, "False"))
        || (pretrained != null
            && !isName(pretrained, "None")
            && !isName(pretrained, "False")
            && (weights == null || pretrained[0] != weights[0]));
    if (!withWeights) {
      findings.reject(
          head.line(),
          head.column(),
          qualified,
          sig.id,
          builder,
          RejectReason.NO_PRETRAINED_WEIGHTS,
          "no pretrained weights requested (weights=None)");
      return;
    }
    try {
      findings.candidate(
          head.line(),
          head.column(),
          qualified,
          sig.id,
          builder,
          ModelId.of("pytorch/vision/" + builder));
    } catch (IllegalArgumentException e) {
      findings.reject(
          head.line(),
          head.column(),
          qualified,
          sig.id,
          builder,
          RejectReason.NOT_A_MODEL_ID,
          e.getMessage());
    }
  }

  private void torchHub(
      PySignature sig, String qualified, Call call, PythonToken head, List<int[]> args) {
    int[] repoArg = argument(args, 0, List.of("repo_or_dir", "github"));
    boolean repoByKeyword = repoArg != null && isKeyword(repoArg);
    int[] modelArg = argument(args, repoByKeyword ? 0 : 1, List.of("model"));
    int[] sourceArg = argument(args, 2, List.of("source"));
    if (repoArg == null || modelArg == null) {
      findings.reject(
          head.line(),
          head.column(),
          qualified,
          sig.id,
          "",
          RejectReason.NO_MODEL_ARGUMENT,
          "torch.hub.load without repository and model arguments");
      return;
    }
    if (sourceArg != null) {
      Value source = eval(sourceArg[0], sourceArg[1], call.scope, call.open, 0);
      if (source.known() && source.string.equals("local")) {
        findings.reject(
            head.line(),
            head.column(),
            qualified,
            sig.id,
            sourceText(repoArg),
            RejectReason.LOCAL_PATH,
            "source='local' loads from a directory");
        return;
      }
    }
    Value repo = eval(valueFrom(repoArg), repoArg[1], call.scope, call.open, 0);
    Value model = eval(valueFrom(modelArg), modelArg[1], call.scope, call.open, 0);
    if (!repo.known() || !model.known()) {
      Value bad = repo.known() ? model : repo;
      findings.reject(
          head.line(),
          head.column(),
          qualified,
          sig.id,
          sourceText(repo.known() ? modelArg : repoArg),
          bad.reason,
          bad.detail);
      return;
    }
    String r = repo.string.strip();
    if (Candidates.isLocalPath(r)) {
      findings.reject(
          head.line(),
          head.column(),
          qualified,
          sig.id,
          r,
          RejectReason.LOCAL_PATH,
          "a local hubconf directory");
      return;
    }
    String written = r + "/" + model.string.strip();
    try {
      ModelId id = ModelId.of(written);
      if (id.form() != ModelId.Form.PYTORCH_HUB) {
        throw new IllegalArgumentException("'" + r + "' is not owner/repo[:ref]");
      }
      findings.candidate(head.line(), head.column(), qualified, sig.id, written, id);
    } catch (IllegalArgumentException e) {
      findings.reject(
          head.line(),
          head.column(),
          qualified,
          sig.id,
          written,
          RejectReason.NOT_A_MODEL_ID,
          e.getMessage());
    }
  }

  /**
   * Returns the argument at {@code position} (-1: none) or named by one of {@code keywords} (keywords first), as
   * [from, to) token indexes of the whole argument (a keyword argument includes {@code name=}).
   */
  private int[] argument(List<int[]> args, int position, List<String> keywords) {
    for (String k : keywords) {
      for (int[] a : args) {
        if (isKeyword(a) && t.get(a[0]).text().equals(k)) {
          return a;
        }
      }
    }
    int p = 0;
    for (int[] a : args) {
      if (isKeyword(a) || t.get(a[0]).isOp("*") || t.get(a[0]).isOp("**")) {
        if (t.get(a[0]).isOp("*") || t.get(a[0]).isOp("**")) {
          return null; // positions after *args are unknown
        }
        continue;
      }
      if (p == position) {
        return a;
      }
      p++;
    }
    return null;
  }

  private boolean isKeyword(int[] a) {
    return a[1] > a[0] + 1 && t.get(a[0]).kind() == Kind.NAME && t.get(a[0] + 1).isOp("=");
  }

  private int valueFrom(int[] a) {
    return isKeyword(a) ? a[0] + 2 : a[0];
  }

  private boolean isName(int[] a, String name) {
    int from = valueFrom(a);
    return a[1] == from + 1 && t.get(from).isName(name);
  }

  private boolean isCall(int[] a) {
    int from = valueFrom(a);
    int j = from;
    while (j + 2 < a[1] && t.get(j).kind() == Kind.NAME && t.get(j + 1).isOp(".")) {
      j += 2;
    }
    return j + 1 < a[1]
        && t.get(j).kind() == Kind.NAME
        && !KEYWORDS.contains(t.get(j).text())
        && t.get(j + 1).isOp("(")
        && match[j + 1] == a[1] - 1
        && !isPathOrEnvCall(from, j);
  }

  private boolean isPathOrEnvCall(int from, int nameAt) {
    List<String> chain = new ArrayList<>();
    for (int j = from; j <= nameAt; j += 2) {
      chain.add(t.get(j).text());
    }
    String q = qualify(chain, module, from, 0);
    return q != null
        && (PATH_CALLS.contains(q) || ENV_CALLS.contains(q) || q.equals("str") || q.equals("Path"));
  }

  private String sourceText(int[] a) {
    int from = valueFrom(a);
    if (from >= a[1]) {
      return "";
    }
    // Read to a little past 200 characters: findings keep the first 200 of the text.
    return collapsed(t.get(from).start(), t.get(a[1] - 1).end(), 200);
  }

  /**
   * Returns the source between two offsets with each run of whitespace as one space (as {@code
   * replaceAll("\\s+", " ")}), read only until it is longer than {@code max}: a long argument costs no more than
   * a short one.
   */
  private String collapsed(int from, int to, int max) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = from; i < to && out.length() <= max; i++) {
      char c = source.charAt(i);
      if (" \t\n\u000B\f\r".indexOf(c) >= 0) {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    if (space) {
      out.append(' ');
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- names

  /** Returns the fully qualified name of a dotted call chain, or null when its head is not known. */
  private String qualify(List<String> chain, Scope scope, int at, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    String head = chain.get(0);
    String rest = chain.size() == 1 ? "" : "." + String.join(".", chain.subList(1, chain.size()));
    Binding b = lookup(head, scope, at);
    if (b != null) {
      if (b.unknown != null) {
        if (b.unknown.equals("a class")) {
          String base = classBase(head, depth);
          return base == null ? head + rest : base + rest;
        }
        return null; // a parameter or loop variable shadows any import
      }
      List<String> alias = dottedName(b.from, b.to);
      if (alias == null) {
        return null;
      }
      String q = qualify(alias, b.scope, b.at, depth + 1);
      return q == null ? null : q + rest;
    }
    String imported = imports.get(head);
    if (imported != null) {
      return imported + rest;
    }
    for (String star : starImports) {
      for (String lib : libraryRoots()) {
        if (star.equals(lib) || star.startsWith(lib + ".")) {
          return star + "." + head + rest;
        }
      }
    }
    return head + rest; // a builtin or an undefined name: qualified as itself
  }

  /** Returns the qualified name of the first base of local class {@code name} that comes from a library. */
  private String classBase(String name, int depth) {
    Scope cls = classes.get(name); // bound as "a class" only by classStatement, which records it
    for (int[] base : cls.bases) {
      List<String> dotted = dottedName(base[0], base[1]);
      if (dotted == null) {
        continue;
      }
      String q = qualify(dotted, cls.parent, base[0], depth + 1);
      if (q != null && q.contains(".")) {
        return q;
      }
    }
    return null;
  }

  private static Set<String> libraryRoots() {
    Set<String> roots = new java.util.LinkedHashSet<>();
    for (PySignature s : Signatures.PYTHON) {
      roots.add(s.library);
    }
    return roots;
  }

  /** Returns the names of tokens [from, to) when they are exactly NAME(.NAME)*, else null. */
  private List<String> dottedName(int from, int to) {
    if (from >= to || (to - from) % 2 == 0) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int j = from; j < to; j++) {
      PythonToken tok = t.get(j);
      if ((j - from) % 2 == 0) {
        if (tok.kind() != Kind.NAME || KEYWORDS.contains(tok.text())) {
          return null;
        }
        out.add(tok.text());
      } else if (!tok.isOp(".")) {
        return null;
      }
    }
    return out;
  }

  /**
   * Returns the binding {@code name} has at token {@code at} seen from {@code scope}: in the scope itself the
   * last one before {@code at}; in enclosing scopes (which ran to the end before a function is called) the last
   * one; class bodies are invisible from the methods in them, as in Python.
   */
  private Binding lookup(String name, Scope scope, int at) {
    for (Scope s = scope; s != null; s = s.parent) {
      if (s.kind == ScopeKind.CLASS && s != scope) {
        continue;
      }
      List<Binding> list = s.vars.get(name);
      if (list == null) {
        continue;
      }
      if (s == scope) {
        Binding last = null;
        for (Binding b : list) {
          if (b.at < at) {
            last = b;
          }
        }
        if (last != null) {
          return last;
        }
        if (s.kind == ScopeKind.FUNCTION) {
          return new Binding(at, 0, 0, s, "assigned only after its use");
        }
        continue;
      }
      return list.get(list.size() - 1);
    }
    return null;
  }

  // ---------------------------------------------------------------- values

  /** Evaluates tokens [from, to) to a constant string, if they are one. */
  private Value eval(int from, int to, Scope scope, int at, int depth) {
    if (to - from >= 2 && t.get(from).kind() == Kind.NAME && t.get(from + 1).isOp("=")) {
      from += 2; // a keyword argument's value
    }
    if (depth > MAX_DEPTH) {
      return Value.unknown(RejectReason.UNRESOLVED_VARIABLE, "defined through too many names");
    }
    if (from >= to) {
      return Value.unknown(RejectReason.NO_MODEL_ARGUMENT, "an empty argument");
    }
    while (t.get(from).isOp("(") && match[from] == to - 1 && to - from > 2) {
      from++;
      to--;
    }
    // a + b + c at the top level
    List<Integer> plus = new ArrayList<>();
    for (int j = from; j < to; j++) {
      if (match[j] >= 0 && match[j] < to) {
        j = match[j];
        continue;
      }
      PythonToken tok = t.get(j);
      if (tok.isOp("+")) {
        plus.add(j);
      } else if (tok.isName("if")
          || tok.isName("or")
          || tok.isName("and")
          || tok.isName("lambda")) {
        return Value.unknown(
            RejectReason.DYNAMIC_STRING, "chosen at run time ('" + tok.text() + "')");
      } else if (tok.isOp("%") && j > from) {
        return Value.unknown(RejectReason.DYNAMIC_STRING, "a %-format filled in at run time");
      }
    }
    if (!plus.isEmpty()) {
      StringBuilder out = new StringBuilder();
      int start = from;
      plus.add(to);
      boolean anyString = false;
      Value firstUnknown = null;
      for (int p : plus) {
        Value part = eval(start, p, scope, at, depth + 1);
        if (part.known()) {
          out.append(part.string);
          anyString = true;
        } else if (firstUnknown == null) {
          firstUnknown = part;
        }
        start = p + 1;
      }
      if (firstUnknown == null) {
        return Value.of(out.toString());
      }
      if (firstUnknown.reason == RejectReason.LOCAL_PATH) {
        return firstUnknown;
      }
      return anyString
          ? Value.unknown(
              RejectReason.DYNAMIC_STRING,
              "a concatenation with a part that is not a" + " constant (" + firstUnknown.detail
                  + ")")
          : firstUnknown;
    }
    PythonToken first = t.get(from);
    if (first.kind() == Kind.STRING) {
      return strings(from, to, scope, at, depth);
    }
    if (first.kind() == Kind.NAME && to == from + 1) {
      if (KEYWORDS.contains(first.text())) {
        return Value.unknown(RejectReason.NO_MODEL_ARGUMENT, first.text() + ", not a string");
      }
      return name(first.text(), scope, at, depth);
    }
    if ((first.isName("self") || first.isName("cls"))
        && to == from + 3
        && t.get(from + 1).isOp(".")) {
      return attribute(t.get(from + 2).text(), scope, depth);
    }
    if (first.kind() == Kind.NAME
        && to == from + 3
        && t.get(from + 1).isOp(".")
        && classes.containsKey(first.text())) {
      Scope cls = classes.get(first.text());
      List<Binding> list = cls.vars.get(t.get(from + 2).text());
      if (list != null) {
        return bound(list.get(list.size() - 1), t.get(from + 2).text(), depth);
      }
    }
    // NAME["key"]: an item of a dict literal bound to NAME, or set by NAME["key"] = ...
    if (first.kind() == Kind.NAME
        && to == from + 4
        && t.get(from + 1).isOp("[")
        && match[from + 1] == to - 1
        && t.get(from + 2).kind() == Kind.STRING) {
      return item(first.text(), t.get(from + 2).stringValue(), scope, at, depth);
    }
    // calls: paths and environment variables are named as such
    List<String> chain = new ArrayList<>();
    int j = from;
    while (j < to && t.get(j).kind() == Kind.NAME) {
      chain.add(t.get(j).text());
      if (j + 1 < to && t.get(j + 1).isOp(".")) {
        j += 2;
      } else {
        j++;
        break;
      }
    }
    if (!chain.isEmpty() && j < to && t.get(j).isOp("(")) {
      String q = qualify(chain, scope, at, depth + 1);
      String shown = q == null ? String.join(".", chain) : q;
      if (q != null
          && (PATH_CALLS.contains(q)
              || q.endsWith(".joinpath")
              || q.endsWith("Path")
              || chain.get(chain.size() - 1).equals("joinpath"))) {
        return Value.unknown(RejectReason.LOCAL_PATH, "a path built with " + shown + "(..)");
      }
      if (q != null && ENV_CALLS.contains(q)) {
        return Value.unknown(RejectReason.UNRESOLVED_VARIABLE, "an environment variable");
      }
      if (q != null && q.equals("str") && match[j] == to - 1) {
        return eval(j + 1, to - 1, scope, at, depth + 1);
      }
      if (chain.get(chain.size() - 1).equals("format")) {
        return Value.unknown(RejectReason.DYNAMIC_STRING, "a str.format filled in at run time");
      }
      return Value.unknown(
          RejectReason.UNRESOLVED_VARIABLE, "the value of a call to " + shown + "(..)");
    }
    String text = collapsed(first.start(), t.get(to - 1).end(), 60);
    return Value.unknown(
        RejectReason.UNRESOLVED_VARIABLE,
        "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text)
            + "' is not a constant in this file");
  }

  private Value strings(int from, int to, Scope scope, int at, int depth) {
    StringBuilder out = new StringBuilder();
    for (int j = from; j < to; j++) {
      PythonToken tok = t.get(j);
      if (tok.kind() != Kind.STRING) {
        return Value.unknown(RejectReason.DYNAMIC_STRING, "a string built at run time");
      }
      if (tok.stringPrefix().indexOf('b') >= 0) {
        return Value.unknown(RejectReason.NOT_A_MODEL_ID, "bytes, not a string");
      }
      if (!tok.isFString()) {
        out.append(tok.stringValue());
        continue;
      }
      Value f = fString(tok.stringValue(), scope, at, depth);
      if (!f.known()) {
        return f;
      }
      out.append(f.string);
    }
    return Value.of(out.toString());
  }

  /** Fills an f-string's placeholders when each is a name bound to a constant. */
  private Value fString(String body, Scope scope, int at, int depth) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '{' && i + 1 < body.length() && body.charAt(i + 1) == '{') {
        out.append('{');
        i += 2;
      } else if (c == '}' && i + 1 < body.length() && body.charAt(i + 1) == '}') {
        out.append('}');
        i += 2;
      } else if (c == '{') {
        int close = body.indexOf('}', i);
        if (close < 0) {
          return Value.unknown(RejectReason.DYNAMIC_STRING, "an f-string that does not close");
        }
        String expr = body.substring(i + 1, close).strip();
        if (!expr.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          return Value.unknown(
              RejectReason.DYNAMIC_STRING,
              "an f-string with a part that is not a constant ({" + expr + "})");
        }
        Value v = name(expr, scope, at, depth + 1);
        if (!v.known()) {
          return Value.unknown(
              RejectReason.DYNAMIC_STRING,
              "an f-string with a part that is not a constant ({" + expr + "}: " + v.detail + ")");
        }
        out.append(v.string);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return Value.of(out.toString());
  }

  private Value name(String name, Scope scope, int at, int depth) {
    Binding b = lookup(name, scope, at);
    if (b == null) {
      return Value.unknown(
          RejectReason.UNRESOLVED_VARIABLE, "'" + name + "' is not assigned in this file");
    }
    return bound(b, name, depth);
  }

  private Value bound(Binding b, String name, int depth) {
    if (b.unknown != null) {
      return Value.unknown(RejectReason.UNRESOLVED_VARIABLE, "'" + name + "' is " + b.unknown);
    }
    Value v = eval(b.from, b.to, b.scope, b.at, depth + 1);
    if (!v.known()
        && v.reason == RejectReason.UNRESOLVED_VARIABLE
        && !v.detail.startsWith("'" + name + "'")) {
      return Value.unknown(v.reason, "'" + name + "' is " + v.detail);
    }
    return v;
  }

  private Value attribute(String name, Scope scope, int depth) {
    Scope cls = scope.enclosingClass();
    if (cls == null) {
      return Value.unknown(RejectReason.UNRESOLVED_VARIABLE, "self." + name + " outside a class");
    }
    List<Binding> list = cls.attrs.get(name);
    if (list == null) {
      list = cls.vars.get(name);
    }
    if (list == null) {
      return Value.unknown(
          RejectReason.UNRESOLVED_VARIABLE, "self." + name + " is not assigned in this class");
    }
    if (list.size() > 1) {
      String only = null;
      for (Binding b : list) {
        Value v = bound(b, "self." + name, depth);
        if (!v.known() || (only != null && !only.equals(v.string))) {
          return Value.unknown(
              RejectReason.UNRESOLVED_VARIABLE, "self." + name + " is assigned several values");
        }
        only = v.string;
      }
      return Value.of(only);
    }
    return bound(list.get(0), "self." + name, depth);
  }

  private Value item(String dict, String key, Scope scope, int at, int depth) {
    Binding set = lookup(dict + "[" + key + "]", scope, at);
    if (set != null) {
      return bound(set, dict + "['" + key + "']", depth);
    }
    Binding b = lookup(dict, scope, at);
    if (b == null) { // an unknown binding spans no tokens and falls through to the same answer
      return Value.unknown(
          RejectReason.UNRESOLVED_VARIABLE, dict + "['" + key + "'] is not a constant");
    }
    int from = b.from;
    int to = b.to;
    if (t.get(from).isOp("{") && match[from] == to - 1) {
      for (int[] entry : splitArguments(from + 1, to - 1)) {
        int colon = -1;
        for (int j = entry[0]; j < entry[1]; j++) {
          if (match[j] >= 0) {
            j = match[j];
            continue;
          }
          if (t.get(j).isOp(":")) {
            colon = j;
            break;
          }
        }
        if (colon == entry[0] + 1
            && t.get(entry[0]).kind() == Kind.STRING
            && t.get(entry[0]).stringValue().equals(key)) {
          return eval(colon + 1, entry[1], b.scope, b.at, depth + 1);
        }
      }
    }
    if (from + 1 < to && t.get(from).isName("dict") && t.get(from + 1).isOp("(")) {
      for (int[] entry : splitArguments(from + 2, match[from + 1] < 0 ? to : match[from + 1])) {
        if (isKeyword(entry) && t.get(entry[0]).text().equals(key)) {
          return eval(entry[0] + 2, entry[1], b.scope, b.at, depth + 1);
        }
      }
    }
    return Value.unknown(
        RejectReason.UNRESOLVED_VARIABLE, dict + "['" + key + "'] is not a constant");
  }

  // ---------------------------------------------------------------- tokens

  private List<int[]> splitArguments(int from, int to) {
    return PythonCode.splitArguments(t, match, from, to);
  }
}
