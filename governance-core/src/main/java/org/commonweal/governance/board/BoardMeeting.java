package org.commonweal.governance.board;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.QuorumDecision;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.ResolutionOutcome;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.resolution.TieRule;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.jspecify.annotations.Nullable;

/**
 * A meeting of the directors: the board is the electorate, one director one vote, and the meeting's
 * quorum and resolution machinery decides each matter, leaving out the directors with a declared
 * interest in it as the {@link ConflictRule} says, and settling a tie by the chair's casting vote where
 * the rules give one.
 *
 * <pre>{@code
 * BoardMeeting m = BoardMeeting.modelArticles(directors, LocalDate.of(2027, 3, 4), present, chair)
 *     .withInterests(ConflictOfInterest.of(MemberId.of("D-03"), MatterId.of("4"), "her firm bids for the contract"));
 * BoardMeetingDecision d = m.decide(AgendaItem.of("4", "Award the building contract"),
 *     Resolution.ordinary("Award the building contract"), votes);
 * }</pre>
 *
 * <p>Directors who sit without a vote (co-opted without one, say) are not on the board's roll: they are
 * not counted for the quorum and do not vote. For each matter: the interested directors are found from
 * the declarations for it; the quorum is decided on the directors present, less those the rule leaves
 * out of the quorum, against the whole board with a vote (the interested directors stay in the body the quorum is a part of: Model Articles art. 14 says
 * they are "not to be counted as participating", not that the board is smaller); if it is met, the votes
 * of the directors not left out are tallied and the resolution decided under the board's tie rule. A
 * chair who is left out of the vote has no casting vote (Model Articles art. 13(2)). Each matter costs
 * O(d log d) for d directors. Immutable and thread-safe.
 *
 * @param directors the board, each director once, at least one
 * @param date the date of the meeting, the record date of the board's roll
 * @param present the directors present
 * @param quorum the board's quorum
 * @param chair the chair of the meeting, if there is one; present
 * @param tieRule the board's tie rule, which replaces the resolution's own: {@link TieRule#castingVote()}
 *     where the chair has a casting vote
 * @param conflictRule what is done with an interested director
 * @param interests the interests declared at the meeting, by directors of the board
 * @param withoutVote the directors who sit without a vote (co-opted without one, say): not on the
 *     board's roll, not counted for the quorum, and not voting
 * @since 0.1.0
 */
public record BoardMeeting(
    ImmutableList<MemberId> directors,
    LocalDate date,
    ImmutableSet<MemberId> present,
    QuorumRule quorum,
    Optional<MemberId> chair,
    TieRule tieRule,
    ConflictRule conflictRule,
    ImmutableList<ConflictOfInterest> interests,
    ImmutableSet<MemberId> withoutVote) {

  /**
   * Checks the meeting.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the board is empty or names a
   *     director twice, someone present, declaring an interest or sitting without a vote is not a
   *     director, every director is without a vote, or the chair is not present
   */
  public BoardMeeting {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(quorum, "quorum");
    Objects.requireNonNull(chair, "chair");
    Objects.requireNonNull(tieRule, "tieRule");
    Objects.requireNonNull(conflictRule, "conflictRule");
    Checks.check(!directors.isEmpty(), "directors", directors, "a board needs at least one director");
    Set<MemberId> board = new HashSet<>();
    directors.forEach(d -> Checks.check(board.add(d), "directors", directors, "director %s is named twice", d));
    present.forEach(p -> Checks.check(board.contains(p), "present", p, "%s is present but not a director", p));
    interests.forEach(i -> Checks.check(board.contains(i.director()), "interests", i,
        "%s declared an interest but is not a director", i.director()));
    chair.ifPresent(c -> Checks.check(present.contains(c), "chair", c, "the chair %s is not present", c));
    withoutVote.forEach(d -> Checks.check(board.contains(d), "withoutVote", d, "%s sits without a vote but is not a director", d));
    Checks.check(withoutVote.size() < directors.size(), "withoutVote", withoutVote,
        "at least one director must have a vote");
  }

  /**
   * Returns a meeting with no chair, no casting vote, interested directors left out of the vote and the
   * quorum, and no interests declared yet.
   *
   * @param directors the board
   * @param date the date of the meeting
   * @param present the directors present
   * @param quorum the board's quorum
   * @return the meeting
   */
  public static BoardMeeting of(List<MemberId> directors, LocalDate date, Collection<MemberId> present, QuorumRule quorum) {
    return new BoardMeeting(ImmutableList.copyOf(directors), date, ImmutableSet.copyOf(present), quorum,
        Optional.empty(), TieRule.byThreshold(), ConflictRule.LEFT_OUT_OF_VOTE_AND_QUORUM, ImmutableList.of(),
        ImmutableSet.of());
  }

  /**
   * Returns a meeting under the Model Articles for private companies (Companies (Model Articles)
   * Regulations 2008 Sch. 1): a quorum of two (art. 11(2)), the chair's casting vote (art. 13),
   * interested directors not counted for the quorum or the vote (art. 14).
   *
   * @param directors the board
   * @param date the date of the meeting
   * @param present the directors present
   * @param chair the chair, present
   * @return the meeting
   */
  public static BoardMeeting modelArticles(
      List<MemberId> directors, LocalDate date, Collection<MemberId> present, MemberId chair) {
    return of(directors, date, present, QuorumRule.members(2)).withChair(chair, TieRule.castingVote());
  }

  /**
   * Returns this meeting chaired by {@code chair} under a tie rule.
   *
   * @param chair the chair, present
   * @param rule the board's tie rule, for example {@link TieRule#castingVote()} or {@link TieRule#lost()}
   * @return the meeting
   */
  public BoardMeeting withChair(MemberId chair, TieRule rule) {
    return new BoardMeeting(directors, date, present, quorum, Optional.of(chair), rule, conflictRule, interests,
        withoutVote);
  }

  /**
   * Returns this meeting under another conflict rule.
   *
   * @param rule the rule
   * @return the meeting
   */
  public BoardMeeting withConflictRule(ConflictRule rule) {
    return new BoardMeeting(directors, date, present, quorum, chair, tieRule, rule, interests, withoutVote);
  }

  /**
   * Returns this meeting with further declared interests.
   *
   * @param declared the declarations
   * @return the meeting
   */
  public BoardMeeting withInterests(ConflictOfInterest... declared) {
    return new BoardMeeting(directors, date, present, quorum, chair, tieRule, conflictRule,
        ImmutableList.<ConflictOfInterest>builder().addAll(interests).add(declared).build(), withoutVote);
  }

  /**
   * Returns this meeting with some directors sitting without a vote.
   *
   * @param directorsWithoutVote the directors, of the board
   * @return the meeting
   */
  public BoardMeeting withoutVote(MemberId... directorsWithoutVote) {
    return new BoardMeeting(directors, date, present, quorum, chair, tieRule, conflictRule, interests,
        ImmutableSet.<MemberId>builder().addAll(withoutVote).add(directorsWithoutVote).build());
  }

  /**
   * Returns the board's voting roll: one director one vote, on the date of the meeting, for the
   * directors with a vote.
   *
   * @return the roll
   */
  public VotingRoll roll() {
    return VotingRules.oneMemberOneVote()
        .roll(Electorate.ofMembers(date, directors.stream().filter(d -> !withoutVote.contains(d)).toList()));
  }

  /**
   * Decides a matter with no casting vote given.
   *
   * @param matter the matter, as on the agenda
   * @param resolution the resolution put (its tie rule is replaced by the board's)
   * @param votes the votes of the directors present
   * @return the decision
   * @throws org.commonweal.governance.base.InvalidValueException if a vote is given by a director not
   *     present or without a vote
   */
  public BoardMeetingDecision decide(AgendaItem matter, Resolution resolution, Map<MemberId, Choice> votes) {
    return decide(matter, resolution, votes, null);
  }

  /**
   * Decides a matter, with the chair's casting vote, used only on a tie and only where the board's tie
   * rule gives one and the chair is not left out of the vote.
   *
   * @param matter the matter, as on the agenda
   * @param resolution the resolution put (its tie rule is replaced by the board's)
   * @param votes the votes of the directors present
   * @param castingVote the chair's casting vote, for or against, or null if none was given
   * @return the decision
   * @throws org.commonweal.governance.base.InvalidValueException if a vote is given by a director not
   *     present or without a vote, or a casting vote is given with no chair
   */
  public BoardMeetingDecision decide(
      AgendaItem matter, Resolution resolution, Map<MemberId, Choice> votes, @Nullable Choice castingVote) {
    votes.keySet().forEach(d -> Checks.check(present.contains(d), "votes", d,
        "%s voted but is not a director present", d));
    votes.keySet().forEach(d -> Checks.check(!withoutVote.contains(d), "votes", d,
        "%s voted but sits without a vote", d));
    Checks.check(castingVote == null || chair.isPresent(), "castingVote", castingVote,
        "a casting vote needs a chair");
    List<BoardMeetingDecision.Interested> interested = new ArrayList<>();
    Set<MemberId> outOfVote = new HashSet<>();
    Set<MemberId> outOfQuorum = new HashSet<>();
    for (ConflictOfInterest i : interests) {
      if (!i.matter().equals(matter.id())) {
        continue;
      }
      MemberId d = i.director();
      boolean voted = votes.containsKey(d);
      if (conflictRule.leavesOutOfVote()) {
        outOfVote.add(d);
      }
      if (conflictRule.leavesOutOfQuorum()) {
        outOfQuorum.add(d);
      }
      interested.add(new BoardMeetingDecision.Interested(i, conflictRule, present.contains(d),
          voted && conflictRule.leavesOutOfVote()));
    }
    VotingRoll roll = roll();
    List<MemberId> counted =
        present.stream().filter(d -> !outOfQuorum.contains(d) && !withoutVote.contains(d)).toList();
    QuorumDecision q = quorum.decide("quorum for matter " + matter.id(), roll, counted);
    List<String> notes = new ArrayList<>();
    Optional<ResolutionOutcome> outcome = Optional.empty();
    if (q.quorate()) {
      Tally.Builder t = Tally.builder(roll).matter(matter.id());
      votes.forEach((d, c) -> {
        if (!outOfVote.contains(d)) {
          t.vote(d, c);
        }
      });
      TieRule rule = tieRule;
      Optional<MemberId> interestedChair = chair.filter(outOfVote::contains);
      Optional<MemberId> voicelessChair = chair.filter(withoutVote::contains);
      if (interestedChair.isPresent() && rule instanceof TieRule.CastingVote) {
        // Model Articles art. 13(2): no casting vote for a chair not counted as participating; a tie is
        // then decided by the threshold, as if the rules gave no casting vote.
        notes.add("the chair, " + interestedChair.get() + ", is left out of the vote on this matter and has no casting vote");
        rule = TieRule.byThreshold();
      } else if (voicelessChair.isPresent() && rule instanceof TieRule.CastingVote) {
        notes.add("the chair, " + voicelessChair.get() + ", sits without a vote and has no casting vote");
        rule = TieRule.byThreshold();
      } else if (castingVote != null) {
        t.castingVote(castingVote);
      }
      outcome = Optional.of(resolution.withTieRule(rule).decide(t.build()));
    }
    return new BoardMeetingDecision(matter, ImmutableList.copyOf(interested), q, outcome, ImmutableList.copyOf(notes));
  }
}
