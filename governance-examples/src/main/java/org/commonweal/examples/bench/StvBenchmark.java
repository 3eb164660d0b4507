package org.commonweal.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.commonweal.governance.base.MalformedInputException;
import org.commonweal.governance.election.Blt;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.StvMethods;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * STV counting speed. Run from the project root after {@code ./mvnw -q -pl governance-examples -am
 * package -DskipTests}:
 *
 * <pre>
 * java -cp governance-examples/target/commonweal-cli.jar org.openjdk.jmh.Main StvBenchmark -f 1 -wi 3 -i 5
 * </pre>
 *
 * <ul>
 *   <li>{@code *Warm}: 1,000,000 papers from {@link BallotGenerator} (20 candidates, 5 seats, seed 2026),
 *       counted again on the same {@link Election}, whose reading of the papers is cached;
 *   <li>{@code *Cold}: the same papers in a fresh {@code Election} each time, so the count includes
 *       reading the million papers under the ballot rules;
 *   <li>{@code wigmWarm}, {@code ers97Warm}: the same warm count under WIGM and ERS97;
 *   <li>{@code scotlandAllFiles}: the 1,100 Scottish BLT files (held in memory as text) parsed and
 *       counted under Scottish STV; the data is found through the system property {@code
 *       commonweal.data}, by default {@code ../shared/data}.
 * </ul>
 *
 * <p>The fork runs with a 512 MB heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class StvBenchmark {
  private Election generated;
  private Election fresh;
  private List<String> scotland;

  /** Generates the million papers and reads the Scottish files, once. */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    generated = BallotGenerator.generate(1_000_000, 20, 5, 2026);
    Path dir = Path.of(System.getProperty("commonweal.data", "../shared/data"), "scotland");
    scotland = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".blt")).sorted().toList()) {
          scotland.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** A fresh election over the same papers, whose reading is not cached yet. */
  @Setup(Level.Invocation)
  public void freshElection() {
    fresh = Election.builder().from(generated).build();
  }

  /** Scottish STV on the million papers, reading already cached. */
  @Benchmark
  public ElectionResult scottishWarm() {
    return StvMethods.scottish().count(generated);
  }

  /** Scottish STV on the million papers in a fresh election (includes reading them). */
  @Benchmark
  public ElectionResult scottishCold() {
    return StvMethods.scottish().count(fresh);
  }

  /** Meek STV (18 + 9 places) on the million papers, reading already cached. */
  @Benchmark
  public ElectionResult meekWarm() {
    return StvMethods.meek().count(generated);
  }

  /** Meek STV on the million papers in a fresh election (includes reading them). */
  @Benchmark
  public ElectionResult meekCold() {
    return StvMethods.meek().count(fresh);
  }

  /** WIGM (18 + 9 places) on the million papers, reading already cached. */
  @Benchmark
  public ElectionResult wigmWarm() {
    return StvMethods.wigm().count(generated);
  }

  /** ERS97 on the million papers, reading already cached. */
  @Benchmark
  public ElectionResult ers97Warm() {
    return StvMethods.ers97().count(generated);
  }

  /** All 1,100 Scottish files parsed and counted under Scottish STV; returns the seats filled. */
  @Benchmark
  public int scotlandAllFiles() {
    if (scotland.isEmpty()) {
      throw new IllegalStateException("no BLT files under commonweal.data/scotland");
    }
    int seats = 0;
    for (String text : scotland) {
      try {
        seats += StvMethods.scottish().count(Blt.parse(text)).elected().size();
      } catch (MalformedInputException e) {
        seats--; // the one malformed by-election file
      }
    }
    return seats;
  }
}
