package org.commonweal.governance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Sets;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.commonweal.governance.base.Fraction;
import org.junit.jupiter.api.Test;

/**
 * The public types of the exported packages, held against the list in {@code public-api.txt}: a type
 * made public, or hidden, fails this test until the list is updated with it, so that every change to
 * the surface users rely on is made on purpose and recorded in the CHANGELOG. A type counts when it is
 * public and every type enclosing it is public too; generated classes are package-private and do not
 * count. The list's first lines give the counts.
 */
class PublicApiTest {
  private static final String ROOT = "org.commonweal.governance.";

  @Test
  void publicTypes_areTheRecordedOnes() throws IOException, URISyntaxException {
    Set<String> actual = new TreeSet<>();
    Path classes = Path.of(Fraction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (JavaClass c :
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(classes)) {
      if (c.getPackageName().startsWith(ROOT) && !c.getPackageName().equals(ROOT + "internal") && visible(c)) {
        actual.add(c.getName().substring(ROOT.length()));
      }
    }
    assertTrue(actual.size() > 100, "expected the library's public types, found " + actual.size());
    Set<String> recorded = new TreeSet<>();
    try (InputStream in = PublicApiTest.class.getResourceAsStream("public-api.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          recorded.add(line.strip());
        }
      }
    }
    long nested = actual.stream().filter(t -> t.contains("$")).count();
    long top = actual.size() - nested;
    // assertTrue rather than assertEquals: the message says what changed, not both lists of 180 types.
    assertTrue(
        recorded.equals(actual),
        () ->
            "public types changed: made public "
                + Sets.difference(actual, recorded)
                + ", no longer public "
                + Sets.difference(recorded, actual)
                + "; if on purpose, update public-api.txt ("
                + top
                + " top-level, "
                + nested
                + " nested) and the CHANGELOG");
  }

  private static boolean visible(JavaClass c) {
    if (c.isAnonymousClass() || c.isLocalClass()) {
      return false;
    }
    for (JavaClass k = c; ; k = k.getEnclosingClass().orElseThrow()) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
      if (k.getEnclosingClass().isEmpty()) {
        return true;
      }
    }
  }
}
