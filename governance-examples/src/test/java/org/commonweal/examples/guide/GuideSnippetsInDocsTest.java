package org.commonweal.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Holds the user guide to the code the build compiles: every fenced block of {@code docs/guide.md}
 * opened with {@code ```java snippet=NAME} must be, line for line, the region of {@link
 * GuideSnippetsTest} between {@code // tag::NAME[]} and {@code // end::NAME[]} (less the region's common
 * indentation), and every region must be shown in the guide. So a snippet in the guide cannot rot: if
 * the API changes, the snippet stops compiling or its assertions fail, and if someone edits the guide
 * alone, this test fails.
 */
class GuideSnippetsInDocsTest {
  private static final Pattern TAG = Pattern.compile("^\\s*// tag::([\\w-]+)\\[\\]\\s*$");
  private static final Pattern END = Pattern.compile("^\\s*// end::([\\w-]+)\\[\\]\\s*$");
  private static final Pattern OPEN = Pattern.compile("^```java snippet=([\\w-]+)\\s*$");
  private static final String SOURCE = "src/test/java/org/commonweal/examples/guide/GuideSnippetsTest.java";

  /** The file at a path of the project, found from the module's folder (Maven) or the project's (an IDE). */
  private static String read(String fromModule, String fromProject) throws IOException {
    Path module = Path.of(fromModule);
    Path file = Files.exists(module) ? module : Path.of(fromProject);
    assertTrue(Files.exists(file), "not found: " + module.toAbsolutePath() + " nor " + file.toAbsolutePath());
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The marked regions of a source, by name, each less its common indentation. */
  static Map<String, String> regions(String source) {
    Map<String, String> out = new LinkedHashMap<>();
    String open = null;
    List<String> lines = new ArrayList<>();
    String[] all = source.split("\\R", -1);
    for (int i = 0; i < all.length; i++) {
      String line = all[i];
      Matcher tag = TAG.matcher(line);
      Matcher end = END.matcher(line);
      if (tag.matches()) {
        if (open != null) {
          throw new IllegalArgumentException("line " + (i + 1) + ": tag::" + tag.group(1) + " opens inside " + open);
        }
        open = tag.group(1);
        lines.clear();
      } else if (end.matches()) {
        if (!end.group(1).equals(open)) {
          throw new IllegalArgumentException("line " + (i + 1) + ": end::" + end.group(1) + " closes " + open);
        }
        if (out.put(open, dedent(lines)) != null) {
          throw new IllegalArgumentException("line " + (i + 1) + ": snippet " + open + " marked twice");
        }
        open = null;
      } else if (open != null) {
        lines.add(line);
      }
    }
    if (open != null) {
      throw new IllegalArgumentException("snippet " + open + " is never closed");
    }
    return out;
  }

  private static String dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder s = new StringBuilder();
    for (String l : lines) {
      s.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n');
    }
    return s.toString();
  }

  /** The fenced blocks of a Markdown text opened with {@code ```java snippet=NAME}, in order, as (name, text). */
  static List<Map.Entry<String, String>> blocks(String markdown) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    String[] all = markdown.split("\\R", -1);
    for (int i = 0; i < all.length; i++) {
      Matcher open = OPEN.matcher(all[i]);
      if (!open.matches()) {
        continue;
      }
      StringBuilder s = new StringBuilder();
      int j = i + 1;
      while (j < all.length && !all[j].startsWith("```")) {
        s.append(all[j].stripTrailing()).append('\n');
        j++;
      }
      if (j == all.length) {
        throw new IllegalArgumentException("line " + (i + 1) + ": the block of snippet " + open.group(1) + " is never closed");
      }
      out.add(Map.entry(open.group(1), s.toString()));
      i = j;
    }
    return out;
  }

  /** What keeps the guide from showing the source: one message a fault, none when they agree. */
  static List<String> differences(Map<String, String> regions, List<Map.Entry<String, String>> blocks) {
    List<String> out = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (Map.Entry<String, String> b : blocks) {
      String name = b.getKey();
      shown.add(name);
      String region = regions.get(name);
      if (region == null) {
        out.add("the guide shows snippet " + name + ", which GuideSnippetsTest does not mark");
      } else if (!region.equals(b.getValue())) {
        out.add("snippet " + name + " differs from GuideSnippetsTest at line " + firstDifference(region, b.getValue())
            + " of the snippet:\n--- GuideSnippetsTest\n" + region + "--- docs/guide.md\n" + b.getValue());
      }
    }
    for (String name : regions.keySet()) {
      if (!shown.contains(name)) {
        out.add("snippet " + name + " is marked in GuideSnippetsTest but the guide does not show it");
      }
    }
    return out;
  }

  private static int firstDifference(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    int i = 0;
    while (i < x.length && i < y.length && x[i].equals(y[i])) {
      i++;
    }
    return i + 1;
  }

  @Test
  void guide_showsEverySnippetAsTheBuildCompilesIt() throws IOException {
    String source = read(SOURCE, "governance-examples/" + SOURCE);
    String guide = read("../docs/guide.md", "docs/guide.md");
    Map<String, String> regions = regions(source);
    // A guard against a silent pass: the markers must have been found.
    assertTrue(regions.size() >= 10, "expected the guide's snippets, found " + regions.keySet());
    assertEquals(List.of(), differences(regions, blocks(guide)));
  }

  @Test
  void differences_blockEditedInTheGuideAlone_isReportedWithItsLine() {
    Map<String, String> regions = regions("class X {\n  void m() {\n    // tag::a[]\n    int x = 1;\n    int y = 2;\n    // end::a[]\n  }\n}\n");
    assertEquals(Map.of("a", "int x = 1;\nint y = 2;\n"), regions);
    List<String> found = differences(regions, blocks("Text\n\n```java snippet=a\nint x = 1;\nint y = 3;\n```\n"));
    assertEquals(1, found.size());
    assertTrue(found.get(0).startsWith("snippet a differs from GuideSnippetsTest at line 2 of the snippet"), found.get(0));
  }

  @Test
  void differences_snippetNotShown_andBlockWithoutASource_areBothReported() {
    Map<String, String> regions = regions("// tag::a[]\nint x;\n// end::a[]\n");
    assertEquals(
        List.of(
            "the guide shows snippet b, which GuideSnippetsTest does not mark",
            "snippet a is marked in GuideSnippetsTest but the guide does not show it"),
        differences(regions, blocks("```java snippet=b\nint x;\n```\n")));
  }

  @Test
  void differences_matchingBlocks_areNone_andOtherFencesAreIgnored() {
    Map<String, String> regions = regions("    // tag::a[]\n    if (x) {\n      y();\n    }\n\n    // end::a[]\n");
    String guide = "```xml\n<a/>\n```\n\n```java\nnot a snippet\n```\n\n```java snippet=a\nif (x) {\n  y();\n}\n\n```\n";
    assertEquals(List.of(), differences(regions, blocks(guide)));
  }

  @Test
  void regions_unclosedOrCrossedMarkers_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> regions("// tag::a[]\nx\n"));
    assertThrows(IllegalArgumentException.class, () -> regions("// tag::a[]\n// tag::b[]\n// end::b[]\n// end::a[]\n"));
    assertThrows(IllegalArgumentException.class, () -> blocks("```java snippet=a\nx\n"));
  }
}
