package org.commonweal.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.RankedBallot;

/**
 * The one documented generator of large ranked elections for the benchmarks: voters in a few blocs,
 * each bloc with its own popularity of candidates, each paper ranking 1 to 8 candidates.
 *
 * <p>The model: there are four blocs holding 35%, 30%, 20% and 15% of the voters. Each bloc orders the
 * candidates by a random permutation drawn from the seed and gives the candidate at position {@code k}
 * of its order the popularity {@code 1 / (k + 1)} (a Zipf law), so blocs agree on nothing in particular
 * but each has clear favourites. A voter first picks a bloc, then a paper length uniformly from 1 to 8
 * (at most the number of candidates), then ranks candidates one at a time, each drawn with probability
 * proportional to its popularity among those not yet ranked (a Plackett-Luce model). Candidates are
 * named {@code C01}, {@code C02}, ... Every paper is a separate ballot of count 1, as a platform would
 * hold them before any compression.
 *
 * <p>The same arguments always give the same election (java.util.SplittableRandom from the seed).
 */
public final class BallotGenerator {
  private static final double[] BLOC_SHARES = {0.35, 0.30, 0.20, 0.15};
  private static final int MAX_RANKS = 8;

  private BallotGenerator() {}

  /**
   * Generates an election.
   *
   * @param papers the number of ballot papers
   * @param candidateCount the number of candidates
   * @param seats the seats to fill
   * @param seed the seed
   * @return the election, with the standard ballot rules
   */
  public static Election generate(int papers, int candidateCount, int seats, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 1; i <= candidateCount; i++) {
      candidates.add(Candidate.of(String.format("C%02d", i)));
    }
    double[][] popularity = new double[BLOC_SHARES.length][candidateCount];
    for (double[] bloc : popularity) {
      int[] order = permutation(candidateCount, random);
      for (int k = 0; k < candidateCount; k++) {
        bloc[order[k]] = 1.0 / (k + 1);
      }
    }
    List<RankedBallot> ballots = new ArrayList<>(papers);
    double[] weights = new double[candidateCount];
    for (int p = 0; p < papers; p++) {
      double[] bloc = popularity[pickBloc(random.nextDouble())];
      int length = 1 + random.nextInt(Math.min(MAX_RANKS, candidateCount));
      System.arraycopy(bloc, 0, weights, 0, candidateCount);
      double remaining = 0;
      for (double w : weights) {
        remaining += w;
      }
      Candidate[] ranking = new Candidate[length];
      for (int r = 0; r < length; r++) {
        double x = random.nextDouble() * remaining;
        int chosen = -1;
        for (int c = 0; c < candidateCount; c++) {
          if (weights[c] > 0) {
            chosen = c;
            x -= weights[c];
            if (x < 0) {
              break;
            }
          }
        }
        ranking[r] = candidates.get(chosen);
        remaining -= weights[chosen];
        weights[chosen] = 0;
      }
      ballots.add(RankedBallot.of(1, ranking));
    }
    return Election.builder()
        .title(String.format("Generated: %,d papers, %d candidates, %d seats, seed %d", papers, candidateCount, seats, seed))
        .candidates(candidates)
        .seats(seats)
        .ballots(ballots)
        .build();
  }

  private static int pickBloc(double u) {
    double acc = 0;
    for (int b = 0; b < BLOC_SHARES.length; b++) {
      acc += BLOC_SHARES[b];
      if (u < acc) {
        return b;
      }
    }
    return BLOC_SHARES.length - 1;
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
