package org.commonweal.examples.bench;

import java.util.concurrent.TimeUnit;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionMethod;
import org.commonweal.governance.election.ElectionMethods;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.PairwiseStrength;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Counting 1,000,000 ranked papers over 20 candidates from {@link BallotGenerator} (seed 2026), ballots
 * already in memory, with instant-runoff and with Schulze (pairwise matrix and winner).
 *
 * <ul>
 *   <li>{@code cold}: the first count of a fresh {@link Election}, including the one-time reading of the
 *       papers under the ballot rules (merging identical readings);
 *   <li>{@code warm}: a later count of the same election, which reuses that reading.
 * </ul>
 *
 * <p>Run (after {@code ./mvnw -B -q package -DskipTests}):
 *
 * <pre>
 * java -cp governance-examples/target/commonweal-cli.jar org.openjdk.jmh.Main CountBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CountBenchmark {

  /** The method: {@code irv} (one exclusion at a time) or {@code schulze} (winning votes). */
  @Param({"irv", "schulze"})
  public String method;

  private Election template;
  private ElectionMethod counter;

  /** Generates the election once and reads it once, so that {@link #warm()} measures counting alone. */
  @Setup(Level.Trial)
  public void generate() {
    template = BallotGenerator.generate(1_000_000, 20, 1, 2026);
    counter =
        method.equals("irv")
            ? ElectionMethods.instantRunoff()
            : ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES);
    counter.count(template);
  }

  /** A fresh copy of the election before each cold count, its papers not yet read. */
  @State(Scope.Thread)
  public static class Fresh {
    Election election;

    /** Copies the generated election; the copy has no cached reading. */
    @Setup(Level.Invocation)
    public void copy(CountBenchmark b) {
      election = Election.builder().from(b.template).build();
    }
  }

  /** The first count of an election: reading the papers, then counting. */
  @Benchmark
  public ElectionResult cold(Fresh fresh) {
    return counter.count(fresh.election);
  }

  /** A later count of the same election: counting alone. */
  @Benchmark
  public ElectionResult warm() {
    return counter.count(template);
  }
}
