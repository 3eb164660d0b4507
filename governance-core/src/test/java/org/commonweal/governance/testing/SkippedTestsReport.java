package org.commonweal.governance.testing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of a test run, one line on the console for each test that did not run and why: a
 * test skipped by a condition ({@code @Disabled}, an execution condition) or aborted by a failed
 * assumption, as the real-data tests are when {@code ../shared/data} is absent. A run in which every
 * test ran prints nothing.
 *
 * <p>Surefire records these reasons only in its XML reports; the console showed a count of skipped
 * tests without saying which or why. A container skipped or aborted as a whole (an assumption in a
 * {@code @BeforeAll}) is one line, named after its class, since its tests never start.
 *
 * <p>Registered for the whole test run through {@code
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener}. The lines are collected as
 * tests finish, from whichever thread the engine uses, and printed in the order the tests finished.
 */
public final class SkippedTestsReport implements TestExecutionListener {
  private final PrintStream out;
  private final List<String> lines = new ArrayList<>();
  private @Nullable TestPlan plan;

  /** The listener the JUnit Platform creates: it prints to standard output. */
  public SkippedTestsReport() {
    this(System.out);
  }

  SkippedTestsReport(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    lines.clear();
  }

  @Override
  public synchronized void executionSkipped(TestIdentifier testIdentifier, String reason) {
    lines.add(line(testIdentifier, reason));
  }

  @Override
  public synchronized void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      String reason = result.getThrowable().map(SkippedTestsReport::reasonOf).orElse("aborted");
      lines.add(line(testIdentifier, reason));
    }
  }

  @Override
  public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
    for (String line : lines) {
      out.println(line);
    }
    out.flush();
    lines.clear();
    plan = null;
  }

  private static String reasonOf(Throwable t) {
    String message = t.getMessage();
    // An assumption's message starts "Assumption failed: "; the reason is what follows.
    if (message == null || message.isBlank()) {
      return t.getClass().getSimpleName();
    }
    return message.startsWith("Assumption failed: ") ? message.substring("Assumption failed: ".length()) : message;
  }

  private String line(TestIdentifier id, String reason) {
    return "Skipped " + name(id) + ": " + (reason.isBlank() ? "no reason given" : oneLine(reason));
  }

  /** Class#method where the test has a method, the class for a container, else the display names. */
  private String name(TestIdentifier id) {
    Optional<TestSource> source = id.getSource();
    if (source.isPresent() && source.get() instanceof MethodSource m) {
      String simple = m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1);
      String method = simple + "#" + m.getMethodName();
      // A parameterised or repeated test's invocations share a method: the display name tells them apart.
      return id.isTest() && !id.getDisplayName().startsWith(m.getMethodName()) ? method + " " + id.getDisplayName() : method;
    }
    if (source.isPresent() && source.get() instanceof ClassSource c) {
      return c.getClassName().substring(c.getClassName().lastIndexOf('.') + 1);
    }
    return path(id);
  }

  private String path(TestIdentifier id) {
    TestPlan p = plan;
    if (p == null) {
      return id.getDisplayName();
    }
    StringBuilder s = new StringBuilder(id.getDisplayName());
    Optional<TestIdentifier> parent = p.getParent(id);
    while (parent.isPresent() && parent.get().getParentIdObject().isPresent()) {
      s.insert(0, parent.get().getDisplayName() + " > ");
      parent = p.getParent(parent.get());
    }
    return s.toString();
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
