package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.internal.Checks;

/**
 * A ballot file as read from its bytes: the {@link Election} it holds, the text encoding the reader
 * used and why, the free text the file carries beside the ballots (a BLT file's lines after the title:
 * its source, a comment, a printed table), and the tie-breaking order the file gives, if it gives one
 * (a BLT file's {@code [tie ...]} option). Where the file's records mark write-ins that name no declared
 * candidate (a cast vote record's write-in selections), the reader gathers them all as one candidate of
 * the election and says which: {@link #undeclaredWriteIn()}.
 *
 * <pre>{@code
 * BallotFile file = Blt.read(bytes);
 * TieBreaker lot = file.tieBreaker().orElse(TieBreaker.givenOrder());
 * ElectionResult result = StvMethods.scottish().count(file.election(), lot);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param election the election
 * @param encoding the name of the encoding the text was read in, for example {@code UTF-8}
 * @param encodingReason why that encoding: {@code "valid UTF-8"}, {@code "given"}, or where the reader fell
 *     back to ISO-8859-1, the line and byte that are not UTF-8
 * @param notes free text the file carries beside the ballots, in file order; may be empty
 * @param tieOrder every candidate, the one a tie favours first, where the file gives a tie-breaking
 *     order; otherwise empty
 * @param undeclaredWriteIn the one candidate standing for every undeclared write-in, where the reader
 *     made one (only {@link CdfJson} does); otherwise empty
 * @since 0.1.0
 */
public record BallotFile(
    Election election,
    String encoding,
    String encodingReason,
    ImmutableList<String> notes,
    ImmutableList<Candidate> tieOrder,
    Optional<Candidate> undeclaredWriteIn) {

  /**
   * Checks the parts.
   *
   * @param election the election
   * @param encoding the encoding's name
   * @param encodingReason why that encoding
   * @param notes the file's free text
   * @param tieOrder the tie-breaking order, empty or every candidate once
   * @param undeclaredWriteIn the candidate standing for every undeclared write-in, one of the election's
   *     candidates, or empty
   */
  public BallotFile {
    checkNotNull(election, "election");
    checkNotNull(encoding, "encoding");
    checkNotNull(encodingReason, "encodingReason");
    notes = ImmutableList.copyOf(notes);
    tieOrder = ImmutableList.copyOf(tieOrder);
    if (!tieOrder.isEmpty()) {
      Set<Candidate> seen = new HashSet<>(tieOrder);
      Checks.check(
          seen.size() == tieOrder.size() && seen.equals(new HashSet<>(election.candidates())),
          "tieOrder",
          tieOrder,
          "tie order %s must list every candidate once",
          tieOrder);
    }
    checkNotNull(undeclaredWriteIn, "undeclaredWriteIn");
    undeclaredWriteIn.ifPresent(
        w ->
            Checks.check(
                election.candidates().contains(w),
                "undeclaredWriteIn",
                w,
                "undeclared write-in \"%s\" must be one of the candidates",
                w));
  }

  /**
   * Returns a file with no undeclared write-in: what every reader but {@link CdfJson} gives.
   *
   * @param election the election
   * @param encoding the encoding's name
   * @param encodingReason why that encoding
   * @param notes the file's free text
   * @param tieOrder the tie-breaking order, empty or every candidate once
   */
  public BallotFile(
      Election election,
      String encoding,
      String encodingReason,
      ImmutableList<String> notes,
      ImmutableList<Candidate> tieOrder) {
    this(election, encoding, encodingReason, notes, tieOrder, Optional.empty());
  }

  /**
   * Returns a file read as valid UTF-8, with no notes and no tie order: what a caller who reads an
   * election some other way passes on.
   *
   * @param election the election
   * @return the file
   */
  public static BallotFile of(Election election) {
    return new BallotFile(election, "UTF-8", "valid UTF-8", ImmutableList.of(), ImmutableList.of());
  }

  /**
   * Returns the tie-breaker the file asks for: the {@linkplain TieBreaker#fixedOrder(List) fixed
   * order} of {@link #tieOrder()}, where the file gives one.
   *
   * @return the tie-breaker, or empty
   */
  public Optional<TieBreaker> tieBreaker() {
    return tieOrder.isEmpty() ? Optional.empty() : Optional.of(TieBreaker.fixedOrder(tieOrder));
  }
}
