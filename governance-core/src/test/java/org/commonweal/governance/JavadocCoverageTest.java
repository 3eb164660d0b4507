package org.commonweal.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the library, top-level or nested, and every package has a Javadoc comment. The
 * Javadoc tool's own check of missing comments is off (it would demand one on every generated builder
 * method), so this test holds the types to it, reading the sources: a public type declaration must be
 * preceded, past its annotations, by a comment that opens with two stars.
 */
class JavadocCoverageTest {
  private static final Pattern TYPE = Pattern.compile(
      "^\\s*public\\s+(?:(?:abstract|final|sealed|non-sealed|static|strictfp)\\s+)*(class|interface|enum|record|@interface)\\s+(\\w+)");

  /** A member type of an interface, public without saying so. */
  private static final Pattern MEMBER = Pattern.compile(
      "^\\s+(?:(?:abstract|final|sealed|non-sealed|static|strictfp)\\s+)*(class|interface|enum|record|@interface)\\s+(\\w+)");

  /** A top-level public interface. */
  private static final Pattern INTERFACE = Pattern.compile("^public\\s+(?:sealed\\s+|non-sealed\\s+)?interface\\s");

  static List<String> undocumented(Path root) throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        String name = root.relativize(f).toString();
        if (name.endsWith("package-info.java")) {
          if (lines.stream().noneMatch(l -> l.strip().startsWith("/**"))) {
            missing.add(name + ": the package has no Javadoc");
          }
          continue;
        }
        if (name.startsWith("internal/")) {
          continue;
        }
        boolean inInterface = lines.stream().anyMatch(l -> INTERFACE.matcher(l).find());
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = TYPE.matcher(lines.get(i));
          if (!m.find() && inInterface) {
            m = MEMBER.matcher(lines.get(i));
          }
          if (m.find(0) && !documented(lines, i)) {
            missing.add(name + ":" + (i + 1) + ": " + m.group(1) + " " + m.group(2));
          }
        }
      }
    }
    return missing;
  }

  /** Whether the declaration at line i follows, past annotations, line comments and blank lines, a Javadoc. */
  private static boolean documented(List<String> lines, int i) {
    int j = i - 1;
    while (j >= 0 && (lines.get(j).isBlank() || lines.get(j).strip().startsWith("@") || lines.get(j).strip().startsWith("//"))) {
      j--;
    }
    if (j < 0 || !lines.get(j).strip().endsWith("*/")) {
      return false;
    }
    while (j >= 0 && !lines.get(j).contains("/*")) {
      j--;
    }
    return j >= 0 && lines.get(j).contains("/**");
  }

  @Test
  void everyPublicTypeAndPackage_hasJavadoc() throws IOException {
    Path main = Path.of("src/main/java/org/commonweal/governance");
    assertTrue(Files.isDirectory(main), "run from governance-core: " + main.toAbsolutePath());
    List<String> missing = undocumented(main);
    assertEquals(List.of(), missing, "public types and packages without Javadoc");
  }

  @Test
  void undocumented_findsATypeWithoutAComment(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("x"));
    Files.writeString(pkg.resolve("A.java"), "package x;\n\n/** A. */\npublic final class A {\n  public record B(int b) {}\n}\n");
    Files.writeString(pkg.resolve("I.java"), "package x;\n\n/** I. */\npublic sealed interface I {\n  /** C. */\n  record C() implements I {}\n\n  record D() implements I {}\n}\n");
    Files.writeString(pkg.resolve("package-info.java"), "package x;\n");
    assertEquals(List.of("x/A.java:5: record B", "x/I.java:8: record D", "x/package-info.java: the package has no Javadoc"),
        undocumented(dir));
  }
}
