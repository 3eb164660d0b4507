package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Page names: one per file, distinct ignoring case, each after its file, the same every time. */
class PageNamesProperties {
  @Property(tries = 300)
  void of_givesDistinctNamesAfterTheFiles(
      @ForAll @Size(max = 12) List<@StringLength(max = 6) @CharRange(from = 'a', to = 'c') String> stems,
      @ForAll @Size(max = 12) List<@CharRange(from = 'a', to = 'b') Character> folders) {
    // Few letters, so that names collide often; some files in a folder, some with an extension.
    List<String> files =
        java.util.stream.IntStream.range(0, stems.size())
            .mapToObj(i -> (i < folders.size() ? folders.get(i) + "/" : "") + stems.get(i) + (i % 2 == 0 ? ".blt" : ""))
            .toList();
    List<String> names = PageNames.of(files);
    assertEquals(files.size(), names.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), names.toString());
      String stem = PageNames.stem(files.get(i));
      assertTrue(name.equals(stem + ".html") || name.matches(java.util.regex.Pattern.quote(stem) + "-[0-9]+\\.html"), name);
    }
    assertEquals(names, PageNames.of(files));
    // The first file always keeps its own name.
    if (!files.isEmpty()) {
      assertEquals(PageNames.stem(files.get(0)) + ".html", names.get(0));
    }
  }
}
