package org.commonweal.governance;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.commonweal.governance.base.Fraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The map of the library, checked: which package may use which.
 *
 * <p>The packages stand in one order, each using only those before it:
 *
 * <pre>
 * base &lt;- membership &lt;- shares &lt;- voting &lt;- meeting &lt;- resolution &lt;- board &lt;- constitution &lt;- analysis &lt;- json
 * </pre>
 *
 * <p>{@code base} is the root and uses no other package of the library. {@code internal} holds helpers
 * no user should see (the Immutables style, argument checks, fixed-point arithmetic); it uses {@code
 * base} only and every package above {@code base} may use it. {@code election} stands apart: it uses
 * {@code base} and {@code internal} only, so that a voting platform can count ballots without the
 * rest; {@code board} (which elects boards) and the packages above it may use it. Packages not written
 * yet ({@code board}, {@code constitution}, {@code analysis}, {@code json}) have their places reserved;
 * a package that is in none of these lists fails the test until it is given its place.
 *
 * <p>Also checked: no cycles between packages; the module exports exactly the public packages; and no
 * public type of an exported package shows a type of {@code internal} in what a user can call (its
 * supertypes, and the public and protected fields, constructors and methods).
 */
class ArchitectureTest {
  private static final String ROOT = "org.commonweal.governance";

  /** The order: each package may use the ones before it. */
  static final ImmutableList<String> ORDER =
      ImmutableList.of(
          "base", "membership", "shares", "voting", "meeting", "resolution", "board", "constitution", "analysis", "json");

  /** Packages outside the order: what each may use besides itself. */
  static final ImmutableList<String> INTERNAL_USES = ImmutableList.of("base");

  static final ImmutableList<String> ELECTION_USES = ImmutableList.of("base", "internal");

  /** The first package of the order that may use {@code election}. */
  static final String FIRST_ELECTION_USER = "board";

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library =
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(classesDirectory());
    // A guard against a silent pass: the import must have found the library.
    assertTrue(library.size() > 100, "expected the library's classes, found " + library.size());
  }

  @Test
  void base_usesNoOtherPackage() {
    onlyUses("base", List.of()).check(library);
  }

  @Test
  void internal_usesBaseOnly() {
    onlyUses("internal", INTERNAL_USES).check(library);
  }

  @Test
  void election_usesBaseAndInternalOnly() {
    onlyUses("election", ELECTION_USES).check(library);
  }

  @Test
  void eachPackage_usesOnlyThoseBeforeItAndInternal() {
    for (int i = 1; i < ORDER.size(); i++) {
      List<String> allowed = new ArrayList<>(ORDER.subList(0, i));
      allowed.add("internal");
      if (i >= ORDER.indexOf(FIRST_ELECTION_USER)) {
        allowed.add("election");
      }
      onlyUses(ORDER.get(i), allowed).allowEmptyShould(true).check(library);
    }
  }

  @Test
  void rules_failOnAnImportAgainstTheOrder() {
    // The rules must bite: resolution does use voting and meeting, so "resolution uses base only" fails,
    // and so does an order that puts membership above shares.
    assertThrows(AssertionError.class, () -> onlyUses("resolution", List.of("base", "internal")).check(library));
    assertThrows(AssertionError.class, () -> onlyUses("shares", List.of("base", "internal")).check(library));
    assertThrows(AssertionError.class, () -> classes().that().resideInAPackage(ROOT + ".base..").should(exposeNoTypeOf(ROOT + ".base")).check(library));
  }

  @Test
  void packages_haveNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(library);
  }

  @Test
  void everyPackage_hasItsPlace() {
    Set<String> known = new TreeSet<>(ORDER);
    known.add("internal");
    known.add("election");
    Set<String> found = new TreeSet<>();
    for (JavaClass c : library) {
      String p = c.getPackageName();
      if (p.startsWith(ROOT + ".")) {
        found.add(p.substring(ROOT.length() + 1));
      }
    }
    found.removeAll(known);
    assertEquals(Set.of(), found, "packages with no place in the order: give each one in ArchitectureTest");
  }

  @Test
  void module_exportsThePublicPackagesOnly() throws IOException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classesDirectory().resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    Set<String> exported =
        module.exports().stream().map(e -> e.source().substring(ROOT.length() + 1)).collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>();
    for (JavaClass c : library) {
      String p = c.getPackageName();
      // A package that so far holds only its package-info cannot be exported (javac: "package is empty"),
      // so it is expected among the exports once it has a type.
      if (p.startsWith(ROOT + ".") && !p.equals(ROOT + ".internal") && !c.getSimpleName().equals("package-info")) {
        expected.add(p.substring(ROOT.length() + 1));
      }
    }
    assertEquals(expected, exported);
    assertTrue(module.exports().stream().allMatch(e -> !e.isQualified()), "exports must not be qualified");
  }

  @Test
  void exportedTypes_exposeNoInternalType() {
    classes()
        .that()
        .resideOutsideOfPackage(ROOT + ".internal")
        .and()
        .arePublic()
        .should(exposeNoTypeOf(ROOT + ".internal"))
        .check(library);
  }

  private static com.tngtech.archunit.lang.ArchRule onlyUses(String pkg, List<String> allowed) {
    List<String> packages = new ArrayList<>();
    packages.add(ROOT + "." + pkg + "..");
    for (String a : allowed) {
      packages.add(ROOT + "." + a + "..");
    }
    return classes()
        .that()
        .resideInAPackage(ROOT + "." + pkg + "..")
        .should()
        .onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(packages.toArray(String[]::new))))
        .as(pkg + " uses only " + (allowed.isEmpty() ? "itself" : String.join(", ", allowed)) + " of the library");
  }

  /**
   * A public type (whose enclosing types are public too) shows no type of the package in its
   * supertypes, or in the types of its public and protected fields, or in the parameters, results and
   * exceptions of its public and protected constructors and methods. Annotations are not part of what a
   * user calls and are not checked.
   */
  private static ArchCondition<JavaClass> exposeNoTypeOf(String pkg) {
    return new ArchCondition<>("expose no type of " + pkg) {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        if (!visible(c)) {
          return;
        }
        List<String> shown = new ArrayList<>();
        c.getRawSuperclass().ifPresent(s -> note(shown, "supertype", s));
        c.getRawInterfaces().forEach(i -> note(shown, "supertype", i));
        for (JavaField f : c.getFields()) {
          if (callable(f.getModifiers())) {
            involved(f.getType()).forEach(t -> note(shown, "field " + f.getName(), t));
          }
        }
        for (JavaCodeUnit m : c.getCodeUnits()) {
          if (!callable(m.getModifiers())) {
            continue;
          }
          involved(m.getReturnType()).forEach(t -> note(shown, m.getName() + " result", t));
          for (JavaType p : m.getParameterTypes()) {
            involved(p).forEach(t -> note(shown, m.getName() + " parameter", t));
          }
          m.getExceptionTypes().forEach(t -> note(shown, m.getName() + " throws", t));
        }
        for (String s : shown) {
          events.add(SimpleConditionEvent.violated(c, c.getName() + " shows " + s));
        }
      }

      private void note(List<String> shown, String where, JavaClass t) {
        if (t.getPackageName().equals(pkg)) {
          shown.add(where + ": " + t.getName());
        }
      }
    };
  }

  private static Set<JavaClass> involved(JavaType type) {
    return ImmutableSet.copyOf(type.getAllInvolvedRawTypes());
  }

  private static boolean callable(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  /** Public, and every enclosing type public too. */
  private static boolean visible(JavaClass c) {
    for (JavaClass k = c; ; k = k.getEnclosingClass().orElseThrow()) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
      if (k.getEnclosingClass().isEmpty()) {
        return true;
      }
    }
  }

  /** The directory the library's classes were compiled into. */
  private static Path classesDirectory() {
    try {
      return Path.of(Fraction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
