package org.commonweal.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Severity;
import org.commonweal.governance.constitution.ValidationReport;
import org.commonweal.governance.constitution.Violation;
import org.commonweal.governance.json.CommonwealModule;
import org.commonweal.governance.json.StoredDocumentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: reads constitutions stored as JSON (the library's constitution document, {@code
 * docs/storage.md}) and prints each one's validation report, so that a company secretary or a system
 * in another language can check a constitution without writing Java. Each file is read whole or not at
 * all: a file that cannot be read (missing, a directory, too large, not UTF-8, not JSON, or a document
 * the library refuses) is reported with the JSON path of the fault where there is one, and the next
 * file is still checked.
 *
 * <p>Files are read one at a time, each within the size limit before it is parsed; the parser itself
 * bounds nesting and number lengths. The cost is linear in the size of each document plus what {@link
 * Constitution#validate()} costs.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks constitutions stored as JSON and prints each one's validation report: every violation with"
          + " its code, severity (ERROR or WARNING), clause and message.",
      "With --format json, prints one JSON object per file, one per line (JSON Lines, not an array):"
          + " {\"file\": ..., \"violations\": [{\"code\", \"severity\", \"clause\", \"message\"}, ...]}, or"
          + " {\"file\": ..., \"error\": ..., \"path\": ...} for a file that cannot be read, where path is the"
          + " JSON path of the fault ($ for the document as a whole) or null for a file that could not be"
          + " opened or is too large."
    },
    footerHeading = "%nExit status: ",
    footer = "0 if no file has an error-severity violation or cannot be read, 1 otherwise, 2 for a usage error.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Stored constitutions (JSON documents).")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: text (a report per file) or json (one object per file, per line) (default: ${DEFAULT-VALUE}).")
  String format = "text";

  // A constitution document is tens of kilobytes a version. The bound is also what caps the cost of the
  // types' checks that grow faster than the document (a board's composition limits are checked against
  // each of its reserved seats), so it is far below count's, whose ballot files are large.
  @Option(
      names = "--max-file-size",
      paramLabel = "BYTES",
      defaultValue = "4M",
      description = "Refuse a larger file before parsing it (default: ${DEFAULT-VALUE}; K, M and G multiply by 1024).")
  String maxFileSize = "4M";

  /** For picocli. */
  ValidateCommand() {}

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(cl, "--format must be text or json, not '" + format + "'");
    }
    long limit = CountCommand.bytes(m -> new ParameterException(cl, m), "--max-file-size", maxFileSize);
    ObjectMapper mapper = new ObjectMapper().registerModule(new CommonwealModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    PrintWriter out = cl.getOut();
    List<Outcome> outcomes = new ArrayList<>();
    for (String file : files) {
      Outcome o = check(file, mapper, limit, format.equals("json"));
      out.print(o.text());
      out.flush();
      outcomes.add(o);
    }
    return status(outcomes);
  }

  /** What the command prints for one file, and whether that file fails the run. */
  record Outcome(String text, boolean failed) {}

  /** The exit status: 1 if any file failed (an error-severity violation, or not read), else 0. */
  static int status(List<Outcome> outcomes) {
    return outcomes.stream().anyMatch(Outcome::failed) ? 1 : 0;
  }

  private static Outcome check(String file, ObjectMapper mapper, long limit, boolean json) {
    Constitution constitution;
    try {
      constitution = read(file, mapper, limit);
    } catch (Unreadable e) {
      return unreadable(file, e.getMessage(), e.path, json);
    }
    ValidationReport report;
    try {
      report = constitution.validate();
    } catch (RuntimeException e) {
      // A validator fault is reported as this file's error, never as a trace that stops the other files.
      return unreadable(file, "the validation could not be completed: " + describe(e), null, json);
    }
    return reported(file, report, json);
  }

  /**
   * Returns what is printed for a report: a line per violation in text, or one JSON object; the file
   * fails when the report holds an error-severity violation.
   */
  static Outcome reported(String file, ValidationReport report, boolean json) {
    boolean failed = !report.isValid();
    if (json) {
      List<Object> violations = new ArrayList<>();
      for (Violation v : report.violations()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", v.code().name());
        o.put("severity", v.severity().name());
        o.put("clause", v.clause().name());
        o.put("message", v.message());
        violations.add(o);
      }
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("file", file);
      o.put("violations", violations);
      return new Outcome(JsonOut.write(o) + "\n", failed);
    }
    StringBuilder s = new StringBuilder(file).append(": ");
    long errors = report.violations().stream().filter(v -> v.severity() == Severity.ERROR).count();
    long warnings = report.violations().size() - errors;
    if (report.violations().isEmpty()) {
      s.append("no violations\n");
    } else {
      s.append(String.format(Locale.ROOT, "%d %s, %d %s%n", errors, errors == 1 ? "error" : "errors", warnings,
          warnings == 1 ? "warning" : "warnings"));
      for (Violation v : report.violations()) {
        s.append("  ").append(v.severity()).append(' ').append(v.code()).append(" [").append(v.clause().label())
            .append("]: ").append(v.message()).append('\n');
      }
    }
    return new Outcome(Terminal.safe(s.toString()), failed);
  }

  private static Outcome unreadable(String file, String message, String path, boolean json) {
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("file", file);
      o.put("error", message);
      o.put("path", path);
      return new Outcome(JsonOut.write(o) + "\n", true);
    }
    return new Outcome(Terminal.safe(file + ": error: " + message) + "\n", true);
  }

  /**
   * Reads one stored constitution within the size limit: a regular file larger than the limit is
   * refused before it is read, any other input once it passes the limit (a device that never ends).
   */
  private static Constitution read(String file, ObjectMapper mapper, long limit) throws Unreadable {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new Unreadable("cannot read the file: " + describe(e), null);
    }
    if (Files.isDirectory(path)) {
      throw new Unreadable("cannot read the file: it is a directory", null);
    }
    byte[] bytes;
    try {
      if (Files.isRegularFile(path) && Files.size(path) > limit) {
        throw new Unreadable(tooLarge(Files.size(path), limit), null);
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = readUpTo(in, limit);
      }
    } catch (NoSuchFileException e) {
      throw new Unreadable("cannot read the file: no such file", null);
    } catch (AccessDeniedException e) {
      throw new Unreadable("cannot read the file: permission denied", null);
    } catch (IOException e) {
      throw new Unreadable("cannot read the file: " + describe(e), null);
    }
    if (bytes.length > limit) {
      throw new Unreadable(tooLarge(bytes.length, limit), null);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable("$: not a JSON document: the file is not valid UTF-8 text", "$");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try {
      return mapper.readValue(text, Constitution.class);
    } catch (StoredDocumentException e) {
      throw new Unreadable(describe(e), e.path());
    } catch (JsonProcessingException e) {
      // Faults the document's own reader never sees: no content at all, or content after the document.
      throw new Unreadable("$: not a JSON document: " + e.getOriginalMessage(), "$");
    } catch (RuntimeException e) {
      throw new Unreadable("$: the document cannot be read: " + describe(e), "$");
    }
  }

  private static String tooLarge(long size, long limit) {
    return String.format(Locale.ROOT,
        "the file holds %,d bytes or more, more than the limit of %,d; raise the limit with --max-file-size", size, limit);
  }

  /** The stream's bytes, or one more than the limit where it holds more. */
  private static byte[] readUpTo(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    for (int n; (n = in.read(buffer)) > 0; ) {
      all.write(buffer, 0, n);
      if (all.size() > limit) {
        break;
      }
    }
    return all.toByteArray();
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A file that could not be read as a constitution, with the JSON path of the fault where there is one. */
  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    final String path;

    Unreadable(String message, String path) {
      super(message);
      this.path = path;
    }
  }
}
