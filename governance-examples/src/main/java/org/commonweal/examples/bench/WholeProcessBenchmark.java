package org.commonweal.examples.bench;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The {@code count} command measured as a returning officer runs it: a whole process, JVM start
 * included, with the README's command line ({@code java -Xmx512m -jar commonweal-cli.jar count --rule
 * RULE [--seats 1] --format json FILE...}), on the synthetic files that the project's shared ballot
 * tool writes and on the Scottish council files. Several jars (for example a release before a change
 * and the build after it) are measured side by side in one run, alternating, so that a machine's load
 * falls on both alike.
 *
 * <p>Each case is run {@code --runs} times for each jar (default 3) and the best wall time is kept,
 * with that run's user and system CPU time and peak resident memory. Wall time is taken here, around the
 * process; CPU time and peak memory are read from GNU {@code time} ({@code /usr/bin/time}, Debian's
 * {@code time} package) where it is installed, and shown as "-" where it is not. Every run's output is
 * kept, and the table says whether the jars printed the same elected candidates.
 *
 * <table>
 *   <caption>Cases</caption>
 *   <tr><th>case</th><th>rules</th><th>file</th></tr>
 *   <tr><td>each {@code --size N}</td><td>irv and schulze with {@code --seats 1}; scottish-stv, wigm,
 *       ers97, meek</td><td>{@code irv.blt} and {@code stv5.blt} of {@code ballots.py N}</td></tr>
 *   <tr><td>{@code --scotland DIR}</td><td>scottish-stv and meek</td><td>every {@code .blt} file under
 *       DIR, in one process</td></tr>
 *   <tr><td>{@code --large N}</td><td>irv, {@code --seats 1}</td><td>{@code irv.blt} of {@code ballots.py
 *       N} (5,000,000 lines are 70 MB)</td></tr>
 *   <tr><td>{@code --wide N}</td><td>plurality</td><td>one ballot ranking N candidates, written here</td></tr>
 * </table>
 *
 * <p>Files are written under {@code --work} (default {@code target/whole-process}) by running the ballot
 * tool with {@code python3}, once; a directory that already holds them is reused. A process that runs
 * longer than {@code --timeout} seconds (default 120) is stopped and shown as such.
 *
 * <p>Run, from the repository root, after {@code ./mvnw -B -q package -DskipTests}:
 *
 * <pre>
 * java -cp governance-examples/target/commonweal-cli.jar \
 *     org.commonweal.examples.bench.WholeProcessBenchmark \
 *     --jar before=/path/to/an/earlier/commonweal-cli.jar \
 *     --jar after=governance-examples/target/commonweal-cli.jar \
 *     --tool ../shared/tools/ballots.py --size 100000 --size 1000000 \
 *     --scotland ../shared/data/scotland --large 5000000 --wide 1000000
 * </pre>
 *
 * <p>The table is printed in Markdown: per case and rule, per jar, the best wall time, the CPU time
 * (user + system) of that run, and its peak resident memory.
 */
public final class WholeProcessBenchmark {
  private static final List<String> ONE_SEAT_RULES = List.of("irv", "schulze");
  private static final List<String> STV_RULES = List.of("scottish-stv", "wigm", "ers97", "meek");
  private static final List<String> SCOTLAND_RULES = List.of("scottish-stv", "meek");
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  private final Map<String, Path> jars = new LinkedHashMap<>();
  private final List<Long> sizes = new ArrayList<>();
  private Path tool = Path.of("../shared/tools/ballots.py");
  private Path work = Path.of("target/whole-process");
  private Path scotland;
  private long large;
  private int wide;
  private int runs = 3;
  private long timeoutSeconds = 120;
  private String heap = "512m";

  private WholeProcessBenchmark() {}

  /**
   * Runs the measurement.
   *
   * @param args the options described above
   * @throws IOException if a file cannot be written or a process started
   * @throws InterruptedException if interrupted while a process runs
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    WholeProcessBenchmark b = new WholeProcessBenchmark();
    b.parse(args);
    b.run();
  }

  private void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + a + " needs a value");
      }
      String v = args[++i];
      switch (a) {
        case "--jar" -> {
          int eq = v.indexOf('=');
          jars.put(eq < 0 ? "jar" + (jars.size() + 1) : v.substring(0, eq), Path.of(v.substring(eq + 1)));
        }
        case "--tool" -> tool = Path.of(v);
        case "--work" -> work = Path.of(v);
        case "--size" -> sizes.add(Long.parseLong(v));
        case "--scotland" -> scotland = Path.of(v);
        case "--large" -> large = Long.parseLong(v);
        case "--wide" -> wide = Integer.parseInt(v);
        case "--runs" -> runs = Integer.parseInt(v);
        case "--timeout" -> timeoutSeconds = Long.parseLong(v);
        case "--heap" -> heap = v;
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (jars.isEmpty()) {
      jars.put("jar", Path.of("governance-examples/target/commonweal-cli.jar"));
    }
  }

  private void run() throws IOException, InterruptedException {
    Files.createDirectories(work);
    List<String> header = new ArrayList<>(List.of("case", "rule"));
    for (String j : jars.keySet()) {
      header.add(j + " wall s");
      header.add(j + " cpu s");
      header.add(j + " peak RSS MB");
    }
    header.add("same elected");
    System.out.println("| " + String.join(" | ", header) + " |");
    System.out.println("|" + " --- |".repeat(header.size()));
    for (long n : sizes) {
      Path dir = ballots(n);
      for (String rule : ONE_SEAT_RULES) {
        row(String.format(Locale.ROOT, "%,d ballots", n), rule, List.of("--seats", "1"), List.of(dir.resolve("irv.blt")));
      }
      for (String rule : STV_RULES) {
        row(String.format(Locale.ROOT, "%,d ballots", n), rule, List.of(), List.of(dir.resolve("stv5.blt")));
      }
    }
    if (scotland != null) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(scotland)) {
        files = s.filter(p -> p.toString().endsWith(".blt")).sorted().toList();
      }
      for (String rule : SCOTLAND_RULES) {
        row(String.format(Locale.ROOT, "%,d Scottish files", files.size()), rule, List.of(), files);
      }
    }
    if (large > 0) {
      Path dir = ballots(large);
      long bytes = Files.size(dir.resolve("irv.blt"));
      row(
          String.format(Locale.ROOT, "%,d ballot lines (%,d MB)", large, bytes >> 20),
          "irv",
          List.of("--seats", "1"),
          List.of(dir.resolve("irv.blt")));
    }
    if (wide > 0) {
      row(String.format(Locale.ROOT, "1 ballot ranking %,d candidates", wide), "plurality", List.of(), List.of(wideFile()));
    }
  }

  /** The directory of the ballot tool's files for n ballots, written once. */
  private Path ballots(long n) throws IOException, InterruptedException {
    Path dir = work.resolve(Long.toString(n));
    if (Files.isRegularFile(dir.resolve("irv.blt")) && Files.isRegularFile(dir.resolve("stv5.blt"))) {
      return dir;
    }
    Files.createDirectories(dir);
    Process p =
        new ProcessBuilder("python3", tool.toString(), Long.toString(n), dir.toString()).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IOException("the ballot tool failed for " + n + " ballots");
    }
    return dir;
  }

  /** A BLT file of one ballot ranking every one of {@link #wide} candidates, last candidate first. */
  private Path wideFile() throws IOException {
    Path f = work.resolve("wide-" + wide + ".blt");
    if (Files.isRegularFile(f)) {
      return f;
    }
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(f, StandardCharsets.US_ASCII), 1 << 16)) {
      w.write(wide + " 1\n1");
      for (int k = wide; k >= 1; k--) {
        w.write(" " + k);
      }
      w.write(" 0\n0\n");
      for (int k = 1; k <= wide; k++) {
        w.write("\"Candidate " + k + "\"\n");
      }
      w.write("\"One ballot ranking every candidate\"\n");
    }
    return f;
  }

  /** Measures one case under one rule with every jar, alternating, and prints its row. */
  private void row(String label, String rule, List<String> extra, List<Path> files)
      throws IOException, InterruptedException {
    Map<String, Measure> best = new LinkedHashMap<>();
    Map<String, String> elected = new LinkedHashMap<>();
    for (int r = 0; r < runs; r++) {
      for (Map.Entry<String, Path> j : jars.entrySet()) {
        Path out = work.resolve("out-" + j.getKey() + ".json");
        Measure m = once(j.getValue(), rule, extra, files, out);
        best.merge(j.getKey(), m, (a, b) -> a.wallSeconds <= b.wallSeconds ? a : b);
        if (r == 0) {
          elected.put(j.getKey(), m.timedOut ? "" : electedLines(out));
        }
      }
    }
    List<String> cells = new ArrayList<>(List.of(label, rule));
    for (Measure m : best.values()) {
      cells.add(m.timedOut ? "> " + timeoutSeconds : String.format(Locale.ROOT, "%.2f", m.wallSeconds));
      cells.add(m.cpuSeconds < 0 ? "-" : String.format(Locale.ROOT, "%.2f", m.cpuSeconds));
      cells.add(m.peakKb < 0 ? "-" : Long.toString(m.peakKb / 1024));
    }
    cells.add(elected.values().stream().distinct().count() == 1 ? "yes" : "no");
    System.out.println("| " + String.join(" | ", cells) + " |");
  }

  /** The "elected" (or "error") part of each JSON line of an output, to compare jars by. */
  private static String electedLines(Path out) throws IOException {
    StringBuilder s = new StringBuilder();
    try (Stream<String> lines = Files.lines(out, StandardCharsets.UTF_8)) {
      lines.forEach(
          l -> {
            int e = l.indexOf("\"elected\":");
            int end = e < 0 ? -1 : l.indexOf(']', e);
            s.append(e < 0 ? "error" : l.substring(e, end + 1)).append('\n');
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return s.toString();
  }

  /** One run of the command as a process. */
  private Measure once(Path jar, String rule, List<String> extra, List<Path> files, Path out)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    Path times = work.resolve("time.txt");
    boolean gnuTime = Files.isExecutable(GNU_TIME);
    if (gnuTime) {
      command.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S %M", "-o", times.toString()));
    }
    command.addAll(List.of("java", "-Xmx" + heap, "-jar", jar.toString(), "count", "--rule", rule));
    command.addAll(extra);
    command.addAll(List.of("--format", "json"));
    for (Path f : files) {
      command.add(f.toString());
    }
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(new File("/dev/null"));
    long start = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor();
      return new Measure(timeoutSeconds, -1, -1, true);
    }
    double wall = (System.nanoTime() - start) / 1e9;
    if (!gnuTime) {
      return new Measure(wall, -1, -1, false);
    }
    String[] t = Files.readString(times).trim().split("\\s+");
    String[] last = Arrays.copyOfRange(t, t.length - 3, t.length);
    return new Measure(
        wall, Double.parseDouble(last[0]) + Double.parseDouble(last[1]), Long.parseLong(last[2]), false);
  }

  /** One run: wall and CPU seconds, peak resident memory in kB (-1 where unknown), whether it timed out. */
  private record Measure(double wallSeconds, double cpuSeconds, long peakKb, boolean timedOut) {}
}
