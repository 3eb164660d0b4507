package org.commonweal.governance.constitution;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.BoardElection;
import org.commonweal.governance.board.BoardMeeting;
import org.commonweal.governance.board.BoardResult;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.BoardSeat;
import org.commonweal.governance.board.Constituency;
import org.commonweal.governance.board.Rotation;
import org.commonweal.governance.board.RotationRule;
import org.commonweal.governance.board.Term;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.Meeting;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.NoticeDecision;
import org.commonweal.governance.meeting.QuorumDecision;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.ResolutionOutcome;
import org.commonweal.governance.resolution.Signature;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.TieRule;
import org.commonweal.governance.resolution.VoteBase;
import org.commonweal.governance.resolution.WrittenResolution;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.shares.StatutoryCap;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.immutables.value.Value;

/**
 * A constitution: the whole rulebook of a co-operative or community-owned organisation as one value
 * that can be built, checked, compared, stored and applied. It composes the rules of the packages
 * below it rather than restating them: {@link MembershipRules} for the stakeholder classes and their
 * eligibility, {@link ShareClass}es and the {@link StatutoryCap}, {@link VotingRules}, {@link
 * MeetingRules} for general meetings (notice, quorum, adjournment, proxies), the table of which {@link
 * Matter} needs which {@link Procedure}, the {@link Entrenchment}s, the {@link AssetLock}, the {@link
 * BoardRules} with retirement by {@link RotationRule rotation} and the board's own quorum, and the
 * {@link SurplusRule}.
 *
 * <p><b>It applies itself.</b> {@link #quorum}, {@link #decide(Matter, Tally)}, {@link #electBoard} and
 * the other methods delegate to the packages below with the constitution's own settings, so that a
 * caller cannot apply the wrong rule: the special resolution the rules require for a matter is the one
 * that decides it.
 *
 * <p><b>It keeps its history.</b> An {@link Amendment} is checked against the constitution ({@link
 * #requirementFor}): an unchangeable clause refuses it, a clause entrenched "100% to change" needs every
 * member (a resolution of all members, by heads), an adopted asset lock cannot be removed or weakened,
 * and otherwise the table's procedure for {@link Matter#AMEND_RULES} applies. {@link #amend} decides the
 * resolution and, if it passes, returns the next version, which keeps the one it replaces: {@link
 * #inForceOn} answers which version was in force on a date.
 *
 * <pre>{@code
 * Constitution c = Profiles.schoolTrust(...);
 * ValidationReport report = c.validate();
 * ResolutionOutcome o = c.decide(Matter.AMEND_RULES, tally);   // the rules' own special resolution
 * Outcome<Constitution> next = c.amend(amendment, tally, LocalDate.of(2027, 7, 1));
 * }</pre>
 *
 * <p>Checked where built: share class ids are distinct; each clause has at most one entrenchment; the
 * version it replaces took effect before it. Whether the rules make sense together, and whether they
 * meet the law of the organisation type, is what {@link #validate()} reports, every violation at once.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Constitution {
  Constitution() {}

  /**
   * Returns the organisation's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the legal form the rules are written for.
   *
   * @return the organisation type
   */
  public abstract OrganisationType type();

  /**
   * Returns the objects: what the organisation is for.
   *
   * @return the objects, not blank
   */
  public abstract String objects();

  /**
   * Returns the date this version took effect.
   *
   * @return the date
   */
  public abstract LocalDate inForceFrom();

  /**
   * Returns the stakeholder classes and who may join each.
   *
   * @return the membership rules
   */
  public abstract MembershipRules membership();

  /**
   * Returns the area of benefit, if the organisation serves a place (a community land trust's or a
   * development trust's neighbourhood): open membership means that people living there can join
   * (Housing and Regeneration Act 2008 s.79 for a community land trust).
   *
   * @return the area, or empty
   */
  public abstract Optional<String> areaOfBenefit();

  /**
   * Returns the classes whose members are investors (members for the return on their capital), whose
   * votes co-operative principles keep to a minority (investor votes at most a quarter in the
   * FairShares variant the regulator approved; at most a third in Italy, civil code art. 2526).
   *
   * @return the investor classes
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<ClassId> investorClasses();

  /**
   * Returns the classes whose members are the organisation's paid staff, whom a multi-stakeholder
   * constitution often keeps from controlling the board.
   *
   * @return the staff classes
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<ClassId> staffClasses();

  /**
   * Returns the fewest members the rules require. By default the statute's: 3 for a registered
   * society (CCBS Act 2014 s.2(2)(b); 2 where both are registered societies, which a constitution
   * states here), 1 for a company (Companies Act 2006 s.7).
   *
   * @return the minimum, at least 1
   */
  @Value.Default
  public int minimumMembers() {
    return type().isRegisteredSociety() ? 3 : 1;
  }

  /**
   * Returns the share classes.
   *
   * @return the share classes, distinct ids
   */
  public abstract ImmutableList<ShareClass> shareClasses();

  /**
   * Returns the cap on the withdrawable shares one member may hold, if the rules apply one.
   *
   * @return the cap, or empty
   */
  public abstract Optional<StatutoryCap> statutoryCap();

  /**
   * Returns the voting rights.
   *
   * @return the voting rules
   */
  public abstract VotingRules voting();

  /**
   * Returns the rules of general meetings: notice, quorum, adjournment, proxies, requisition and polls.
   *
   * @return the meeting rules
   */
  public abstract MeetingRules generalMeetings();

  /**
   * Returns the days within which a written resolution must be signed, if the rules allow written
   * resolutions (Companies Act 2006 s.297: 28 days by default for a company).
   *
   * @return the lapse period, or empty when written resolutions are not allowed
   */
  public abstract OptionalInt writtenResolutionDays();

  /**
   * Returns the table of matters: which matter needs which procedure, in the order the rules list them.
   *
   * @return the table
   */
  public abstract ImmutableMap<Matter, Procedure> matters();

  /**
   * Returns the fraction of the organisation's assets above which a disposal is the matter {@link
   * Matter#DISPOSE_OF_ASSETS}, if the rules state one.
   *
   * @return the fraction, or empty
   */
  public abstract Optional<Fraction> assetDisposalFraction();

  /**
   * Returns the clauses the rules protect from ordinary amendment.
   *
   * @return the entrenchments, one a clause at most
   */
  public abstract ImmutableList<Entrenchment> entrenched();

  /**
   * Returns the asset lock, if the rules have one.
   *
   * @return the lock, or empty
   */
  public abstract Optional<AssetLock> assetLock();

  /**
   * Returns the board's composition, if the rules state it.
   *
   * @return the board rules, or empty
   */
  public abstract Optional<BoardRules> board();

  /**
   * Returns the rule of retirement by rotation, if any.
   *
   * @return the rule, or empty
   */
  public abstract Optional<RotationRule> rotation();

  /**
   * Returns the board's quorum, if the rules state one.
   *
   * @return the quorum, or empty
   */
  public abstract Optional<QuorumRule> boardQuorum();

  /**
   * Returns whether the chair of the board has a casting vote (the Model Articles for private
   * companies art. 13 give one; the worker co-operative articles do not).
   *
   * @return whether the chair has a casting vote; false by default
   */
  @Value.Default
  public boolean chairCastingVote() {
    return false;
  }

  /**
   * Returns the rule for allocating a surplus, if any.
   *
   * @return the rule, or empty
   */
  public abstract Optional<SurplusRule> surplus();

  /**
   * Returns the version this one replaced, if it is an amended version.
   *
   * @return the previous version, or empty for the constitution as first adopted
   */
  public abstract Optional<Constitution> previous();

  /**
   * Returns the amendment that made this version, if it is an amended version.
   *
   * @return the amendment, or empty
   */
  public abstract Optional<Amendment> amendment();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Constitution}. */
  public static final class Builder extends ImmutableConstitution.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("name", name());
    Checks.notBlank("objects", objects());
    Checks.atLeast("minimumMembers", minimumMembers(), 1);
    Set<ShareClassId> ids = new HashSet<>();
    for (ShareClass s : shareClasses()) {
      Checks.check(ids.add(s.id()), "shareClasses", s.id(), "two share classes have the id %s", s.id());
    }
    Set<Clause> clauses = EnumSet.noneOf(Clause.class);
    for (Entrenchment e : entrenched()) {
      Checks.check(clauses.add(e.clause()), "entrenched", e.clause(), "the %s clause is entrenched twice", e.clause());
    }
    areaOfBenefit().ifPresent(a -> Checks.notBlank("areaOfBenefit", a));
    writtenResolutionDays().ifPresent(d -> Checks.atLeast("writtenResolutionDays", d, 1));
    assetDisposalFraction().ifPresent(f -> Checks.check(f.signum() > 0 && f.isAtMost(Fraction.ONE),
        "assetDisposalFraction", f, "the fraction of assets (%s) must be above 0 and at most 1", f));
    Checks.check(previous().isPresent() == amendment().isPresent(), "amendment", amendment(),
        "an amended version names both the amendment and the version it replaced");
    previous().ifPresent(p -> Checks.check(p.inForceFrom().isBefore(inForceFrom()), "inForceFrom", inForceFrom(),
        "version in force from %s must take effect after the version it replaces (%s)", inForceFrom(), p.inForceFrom()));
  }

  // ---- Applying the rules -------------------------------------------------------------------

  /**
   * Returns the validation report: every violation of internal consistency, of the law of the
   * organisation type, and of the co-operative principles, with codes. Costs O(c·e + q + m·k + s + b)
   * for c classes whose eligibility rules tell e kinds of person apart (bounded: at most 4,096), a
   * quorum of q rules, m matters of k conditions each, s share classes and b board seats and limits; a
   * constitution of 20 classes and 50 matters validates in well under a millisecond.
   *
   * @return the report
   */
  public ValidationReport validate() {
    return Validator.validate(this, ValidationOptions.defaults());
  }

  /**
   * Returns the validation report, leaving out the codes the options ignore.
   *
   * @param options what to leave out
   * @return the report
   */
  public ValidationReport validate(ValidationOptions options) {
    Preconditions.checkNotNull(options, "options");
    return Validator.validate(this, options);
  }

  /**
   * Returns an empty register under the constitution's membership rules.
   *
   * @return the register
   */
  public Register emptyRegister() {
    return Register.empty(membership());
  }

  /**
   * Returns a share ledger over a register, with the constitution's share classes and cap.
   *
   * @param register the register
   * @return the ledger
   */
  public ShareLedger ledger(Register register) {
    Preconditions.checkNotNull(register, "register");
    return ShareLedger.of(register, shareClasses(), statutoryCap().orElseGet(() -> StatutoryCap.none(currency())));
  }

  private Currency currency() {
    return shareClasses().isEmpty() ? Currency.getInstance("GBP") : shareClasses().get(0).parValue().currency();
  }

  /**
   * Returns the voting roll of an electorate under the constitution's voting rights.
   *
   * @param electorate who may vote, on the record date
   * @return the roll
   */
  public VotingRoll roll(Electorate electorate) {
    return voting().roll(electorate);
  }

  /**
   * Decides whether a general meeting was called on sufficient notice.
   *
   * @param meeting the meeting
   * @return the decision
   */
  public NoticeDecision notice(Meeting meeting) {
    return generalMeetings().notice(meeting);
  }

  /**
   * Decides whether a general meeting is quorate under the constitution's quorum (the adjourned
   * meeting's quorum for a resumed meeting).
   *
   * @param meeting the meeting
   * @param attendance who is present
   * @return the decision
   */
  public QuorumDecision quorum(Meeting meeting, Attendance attendance) {
    return generalMeetings().quorum(meeting, attendance);
  }

  /**
   * Returns the procedure the rules give a matter. A matter the table does not list is ordinary
   * business: the table's row for {@link Matter#ORDINARY_BUSINESS} if it has one, else an ordinary
   * resolution (more than half of the votes cast).
   *
   * @param matter the matter
   * @return the procedure
   */
  public Procedure procedure(Matter matter) {
    Preconditions.checkNotNull(matter, "matter");
    Procedure p = matters().get(matter);
    if (p != null) {
      return p;
    }
    Procedure ordinary = matters().get(Matter.ORDINARY_BUSINESS);
    return ordinary != null ? ordinary : new Procedure.AtMeeting(Resolution.ordinary(matter.title()));
  }

  /**
   * Decides a matter on one tally, with the resolution the rules give it: at a general meeting, or by
   * the board.
   *
   * @param matter the matter
   * @param tally the votes
   * @return the outcome, titled with the matter
   * @throws InvalidValueException if the rules decide the matter at two meetings, by instrument, or not
   *     at all
   */
  public ResolutionOutcome decide(Matter matter, Tally tally) {
    Preconditions.checkNotNull(tally, "tally");
    Procedure p = procedure(matter);
    Resolution r;
    if (p instanceof Procedure.AtMeeting m) {
      r = m.resolution();
    } else if (p instanceof Procedure.ByBoard b) {
      r = b.resolution();
    } else {
      throw Checks.invalid("matter", matter, "%s is decided by %s, not on one tally", matter.title(), p.description());
    }
    return r.titled(matter.title()).decide(tally);
  }

  /**
   * Decides a matter the rules give to two general meetings (CCBS Act 2014 s.111 and s.113).
   *
   * @param matter the matter
   * @param firstTally the votes at the first meeting
   * @param firstOn the date of the first meeting
   * @param secondTally the votes at the confirming meeting
   * @param secondOn its date
   * @return the outcome
   * @throws InvalidValueException if the rules do not decide the matter at two meetings
   */
  public ResolutionOutcome decide(Matter matter, Tally firstTally, LocalDate firstOn, Tally secondTally, LocalDate secondOn) {
    Procedure p = procedure(matter);
    if (!(p instanceof Procedure.AtTwoMeetings two)) {
      throw Checks.invalid("matter", matter, "%s is decided by %s, not at two meetings", matter.title(), p.description());
    }
    return two.resolution().decide(firstTally, firstOn, secondTally, secondOn);
  }

  /**
   * Decides a matter the rules give to an instrument signed by members (dissolution by instrument,
   * CCBS Act 2014 s.119): signatures counted by heads against all the members on the roll.
   *
   * @param matter the matter
   * @param roll the members entitled to sign
   * @param signatures the signatures
   * @param circulatedOn the date the instrument was circulated
   * @param asOf the date of the decision
   * @return the outcome
   * @throws InvalidValueException if the rules do not decide the matter by instrument
   */
  public ResolutionOutcome decideByInstrument(
      Matter matter, VotingRoll roll, Collection<Signature> signatures, LocalDate circulatedOn, LocalDate asOf) {
    Procedure p = procedure(matter);
    if (!(p instanceof Procedure.ByInstrument i)) {
      throw Checks.invalid("matter", matter, "%s is decided by %s, not by instrument", matter.title(), p.description());
    }
    Threshold t = Threshold.atLeast(i.consent(), VoteBase.ALL_ELIGIBLE).byHeads();
    return WrittenResolution.of(matter.title(), t, circulatedOn, 1).withoutLapse().decide(roll, signatures, asOf);
  }

  /**
   * Decides a written resolution under the rules' lapse period: an ordinary or special resolution
   * counted against all eligible votes (Companies Act 2006 ss.282(2), 283(2), 297).
   *
   * @param resolution the resolution circulated
   * @param roll the eligible members on the circulation date
   * @param signatures the signatures
   * @param asOf the date of the decision
   * @return the outcome
   * @throws InvalidValueException if the rules do not allow written resolutions
   */
  public ResolutionOutcome decideInWriting(
      WrittenResolution resolution, VotingRoll roll, Collection<Signature> signatures, LocalDate asOf) {
    Preconditions.checkNotNull(resolution, "resolution");
    int days = writtenResolutionDays().orElseThrow(() -> Checks.invalid("writtenResolutionDays", "none",
        "the rules of %s do not allow written resolutions", name()));
    WrittenResolution r = WrittenResolution.of(resolution.title(), resolution.threshold(), resolution.circulatedOn(), days);
    return r.decide(roll, signatures, asOf);
  }

  /**
   * Holds a board election under the constitution's board rules.
   *
   * @param register the register, read as it stood on the record date
   * @param recordDate the record date
   * @param sitting the seats not elected now
   * @param constituencies the contests
   * @param tieBreaker the lot
   * @return the counts and the board
   * @throws InvalidValueException if the rules state no board, or as {@link BoardElection#elect}
   */
  public BoardResult electBoard(Register register, LocalDate recordDate, List<BoardSeat> sitting,
      List<Constituency> constituencies, TieBreaker tieBreaker) {
    BoardRules rules = board().orElseThrow(() -> Checks.invalid("board", "none", "the rules of %s state no board", name()));
    return BoardElection.elect(rules, register, recordDate, sitting, constituencies, tieBreaker);
  }

  /**
   * Decides who retires by rotation at an annual meeting under the constitution's rule.
   *
   * @param board the directors' terms
   * @param meeting the date of the annual meeting
   * @param firstAnnualMeeting whether it is the first
   * @param lot the lot, for directors appointed on the same day
   * @return the retirements
   * @throws InvalidValueException if the rules have no retirement by rotation
   */
  public Rotation retireByRotation(List<Term> board, LocalDate meeting, boolean firstAnnualMeeting, TieBreaker lot) {
    RotationRule rule = rotation().orElseThrow(() -> Checks.invalid("rotation", "none",
        "the rules of %s have no retirement by rotation", name()));
    return rule.retire(board, meeting, firstAnnualMeeting, lot);
  }

  /**
   * Returns a board meeting under the constitution's board quorum and casting-vote rule.
   *
   * @param directors the board
   * @param date the date
   * @param present the directors present
   * @param chair the chair, present
   * @return the meeting
   * @throws InvalidValueException if the rules state no board quorum
   */
  public BoardMeeting boardMeeting(List<MemberId> directors, LocalDate date, Collection<MemberId> present, MemberId chair) {
    QuorumRule q = boardQuorum().orElseThrow(() -> Checks.invalid("boardQuorum", "none",
        "the rules of %s state no quorum for board meetings", name()));
    return BoardMeeting.of(directors, date, present, q).withChair(chair, chairCastingVote() ? TieRule.castingVote() : TieRule.lost());
  }

  /**
   * Divides a year's surplus under the constitution's rule, to the penny.
   *
   * @param surplus the surplus
   * @param paidUpCapital each member's paid-up capital
   * @param trade each member's trade in the year
   * @return the allocation
   * @throws InvalidValueException if the rules have no surplus rule, or as {@link SurplusRule#allocate}
   */
  public SurplusAllocation allocateSurplus(Money surplus, Map<MemberId, Money> paidUpCapital, Map<MemberId, Money> trade) {
    SurplusRule rule = surplus().orElseThrow(() -> Checks.invalid("surplus", "none",
        "the rules of %s do not allocate a surplus", name()));
    return rule.allocate(surplus, paidUpCapital, trade);
  }

  // ---- Amendments and history ---------------------------------------------------------------

  /**
   * Returns the procedure an amendment needs, or why it cannot be made at all.
   *
   * @param amendment the amendment
   * @return the procedure, or a rejection coded {@link AmendmentRejectionCode#UNCHANGEABLE_CLAUSE},
   *     {@link AmendmentRejectionCode#ASSET_LOCK_IRREMOVABLE} or {@link
   *     AmendmentRejectionCode#NO_AMENDMENT_PROCEDURE}
   */
  public Outcome<Procedure> requirementFor(Amendment amendment) {
    Preconditions.checkNotNull(amendment, "amendment");
    boolean unanimous = false;
    for (Clause c : amendment.clauses()) {
      Optional<Entrenchment> e = entrenchment(c);
      if (e.isPresent() && e.get().kind() == Entrenchment.Kind.UNCHANGEABLE) {
        return Outcome.rejected(AmendmentRejectionCode.UNCHANGEABLE_CLAUSE.rejection(
            "the " + c.label() + " clause is entrenched and cannot be changed"
                + (e.get().source().isBlank() ? "" : " (" + e.get().source() + ")"),
            ImmutableMap.of("clause", c.name(), "source", e.get().source())));
      }
      unanimous |= e.isPresent();
    }
    for (Change ch : amendment.changes()) {
      if (ch instanceof Change.AssetLockRule l && assetLock().isPresent() && weakens(assetLock().get(), l.assetLock())) {
        return Outcome.rejected(AmendmentRejectionCode.ASSET_LOCK_IRREMOVABLE.rejection(
            "an asset lock once adopted cannot be removed or weakened"
                + (assetLock().get().kind() == AssetLock.Kind.STATUTORY ? " (SI 2006/264)" : ""),
            ImmutableMap.of("lock", assetLock().get().kind().name(), "proposed",
                l.assetLock().map(x -> x.kind() + " " + x.recipients()).orElse("none"))));
      }
    }
    if (unanimous) {
      // "100% to change": every member, not every vote cast, so abstaining or staying away blocks it.
      Resolution all = Resolution.builder().title(amendment.title()).kind(Resolution.Kind.UNANIMOUS)
          .addConditions(Threshold.atLeast(Fraction.ONE, VoteBase.ALL_ELIGIBLE).byHeads()).build();
      return Outcome.accepted(new Procedure.AtMeeting(all));
    }
    Procedure p = matters().get(Matter.AMEND_RULES);
    if (p == null || p instanceof Procedure.Prohibited) {
      return Outcome.rejected(AmendmentRejectionCode.NO_AMENDMENT_PROCEDURE.rejection(
          "the rules of " + name() + " give no procedure for amending them", ImmutableMap.of()));
    }
    return Outcome.accepted(p);
  }

  private static boolean weakens(AssetLock now, Optional<AssetLock> proposed) {
    if (proposed.isEmpty()) {
      return true;
    }
    AssetLock next = proposed.get();
    boolean keepsStatutory = now.kind() != AssetLock.Kind.STATUTORY || next.kind() == AssetLock.Kind.STATUTORY;
    return !keepsStatutory || !now.recipients().containsAll(next.recipients());
  }

  /**
   * Returns the entrenchment of a clause, if it has one.
   *
   * @param clause the clause
   * @return the entrenchment, or empty
   */
  public Optional<Entrenchment> entrenchment(Clause clause) {
    return entrenched().stream().filter(e -> e.clause() == clause).findFirst();
  }

  /**
   * Decides an amendment at a general meeting and, if it passes, returns the amended constitution,
   * which keeps this version as its {@link #previous()}.
   *
   * @param amendment the amendment
   * @param tally the votes on it
   * @param effectiveFrom the date the amendment takes effect (for a registered society, on
   *     registration by the FCA: CCBS Act 2014 s.16)
   * @return the next version, or a rejection: those of {@link #requirementFor}, {@link
   *     AmendmentRejectionCode#WRONG_PROCEDURE} when the rules need two meetings or an instrument,
   *     {@link AmendmentRejectionCode#NOT_PASSED}, {@link AmendmentRejectionCode#NOT_AFTER_CURRENT_VERSION}
   *     or {@link AmendmentRejectionCode#INVALID_RESULT}
   */
  public Outcome<Constitution> amend(Amendment amendment, Tally tally, LocalDate effectiveFrom) {
    Preconditions.checkNotNull(tally, "tally");
    Preconditions.checkNotNull(effectiveFrom, "effectiveFrom");
    Outcome<Procedure> req = requirementFor(amendment);
    if (req.isRejected()) {
      return Outcome.rejected(req.rejection());
    }
    Resolution r;
    if (req.orElseThrow() instanceof Procedure.AtMeeting m) {
      r = m.resolution();
    } else {
      return wrongProcedure(req.orElseThrow(), "one general meeting");
    }
    return adopt(amendment, r.titled(amendment.title()).decide(tally), effectiveFrom);
  }

  /**
   * Decides an amendment the rules give to two general meetings and, if it passes, returns the
   * amended constitution.
   *
   * @param amendment the amendment
   * @param firstTally the votes at the first meeting
   * @param firstOn its date
   * @param secondTally the votes at the confirming meeting
   * @param secondOn its date
   * @param effectiveFrom the date the amendment takes effect
   * @return the next version, or a rejection as {@link #amend(Amendment, Tally, LocalDate)}
   */
  public Outcome<Constitution> amend(Amendment amendment, Tally firstTally, LocalDate firstOn, Tally secondTally,
      LocalDate secondOn, LocalDate effectiveFrom) {
    Outcome<Procedure> req = requirementFor(amendment);
    if (req.isRejected()) {
      return Outcome.rejected(req.rejection());
    }
    if (!(req.orElseThrow() instanceof Procedure.AtTwoMeetings two)) {
      return wrongProcedure(req.orElseThrow(), "two general meetings");
    }
    return adopt(amendment, two.resolution().decide(firstTally, firstOn, secondTally, secondOn), effectiveFrom);
  }

  private static Outcome<Constitution> wrongProcedure(Procedure p, String given) {
    return Outcome.rejected(AmendmentRejectionCode.WRONG_PROCEDURE.rejection(
        "the amendment needs " + p.description() + ", not a decision of " + given, ImmutableMap.of("procedure", p.description())));
  }

  private Outcome<Constitution> adopt(Amendment amendment, ResolutionOutcome outcome, LocalDate effectiveFrom) {
    if (!outcome.passed()) {
      return Outcome.rejected(AmendmentRejectionCode.NOT_PASSED.rejection(
          "the resolution to adopt \"" + amendment.title() + "\" did not pass", ImmutableMap.of("outcome", outcome.explain())));
    }
    if (!effectiveFrom.isAfter(inForceFrom())) {
      return Outcome.rejected(AmendmentRejectionCode.NOT_AFTER_CURRENT_VERSION.rejection(
          "the amendment would take effect on " + effectiveFrom + ", not after the version in force since " + inForceFrom(),
          ImmutableMap.of("effective", effectiveFrom.toString(), "inForceSince", inForceFrom().toString())));
    }
    try {
      return Outcome.accepted(apply(amendment, effectiveFrom));
    } catch (InvalidValueException e) {
      return Outcome.rejected(AmendmentRejectionCode.INVALID_RESULT.rejection(
          "the amended rules cannot stand: " + e.getMessage(), ImmutableMap.of("field", e.field(), "reason", String.valueOf(e.getMessage()))));
    }
  }

  /**
   * Returns this constitution with an amendment's changes made, as the next version, without deciding
   * any resolution: for restoring a stored history, or for seeing an amendment's effect before it is
   * put to the members. Use {@link #amend} to adopt one.
   *
   * @param amendment the amendment
   * @param effectiveFrom the date the new version takes effect, after this version's
   * @return the next version
   * @throws InvalidValueException if the date is not after this version's, or the result cannot be
   *     built
   */
  public Constitution apply(Amendment amendment, LocalDate effectiveFrom) {
    Preconditions.checkNotNull(amendment, "amendment");
    Builder b = builder().from(this).inForceFrom(effectiveFrom).previous(this).amendment(amendment);
    Map<Matter, Procedure> table = new LinkedHashMap<>(matters());
    Map<Clause, Entrenchment> entrenchments = new LinkedHashMap<>();
    entrenched().forEach(e -> entrenchments.put(e.clause(), e));
    for (Change c : amendment.changes()) {
      if (c instanceof Change.Purpose x) {
        b.objects(x.objects());
      } else if (c instanceof Change.Membership x) {
        b.membership(x.membership());
      } else if (c instanceof Change.Shares x) {
        b.shareClasses(x.shareClasses()).statutoryCap(x.statutoryCap());
      } else if (c instanceof Change.Voting x) {
        b.voting(x.voting());
      } else if (c instanceof Change.GeneralMeetings x) {
        b.generalMeetings(x.generalMeetings());
      } else if (c instanceof Change.WrittenResolutions x) {
        b.writtenResolutionDays(x.lapseDays());
      } else if (c instanceof Change.MatterRow x) {
        if (x.procedure().isPresent()) {
          table.put(x.matter(), x.procedure().get());
        } else {
          table.remove(x.matter());
        }
      } else if (c instanceof Change.Entrench x) {
        if (x.entrenchment().isPresent()) {
          entrenchments.put(x.target(), x.entrenchment().get());
        } else {
          entrenchments.remove(x.target());
        }
      } else if (c instanceof Change.AssetLockRule x) {
        b.assetLock(x.assetLock());
      } else if (c instanceof Change.Board x) {
        b.board(x.board());
      } else if (c instanceof Change.Rotation x) {
        b.rotation(x.rotation());
      } else if (c instanceof Change.BoardMeetings x) {
        b.boardQuorum(x.quorum()).chairCastingVote(x.chairCastingVote());
      } else if (c instanceof Change.Surplus x) {
        b.surplus(x.surplus());
      }
    }
    return b.matters(table).entrenched(entrenchments.values()).build();
  }

  /**
   * Returns the version in force on a date: this one, or one it replaced.
   *
   * @param date the date
   * @return the version, or empty before the constitution was first adopted
   */
  public Optional<Constitution> inForceOn(LocalDate date) {
    Preconditions.checkNotNull(date, "date");
    Constitution c = this;
    while (date.isBefore(c.inForceFrom())) {
      Optional<Constitution> p = c.previous();
      if (p.isEmpty()) {
        return Optional.empty();
      }
      c = p.get();
    }
    return Optional.of(c);
  }

  /**
   * Returns every version, the constitution as first adopted first and this one last.
   *
   * @return the versions
   */
  public ImmutableList<Constitution> history() {
    List<Constitution> out = new ArrayList<>();
    for (Optional<Constitution> c = Optional.of(this); c.isPresent(); c = c.get().previous()) {
      out.add(0, c.get());
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns the constitution as first adopted.
   *
   * @return the first version
   */
  public Constitution original() {
    return history().get(0);
  }

  /**
   * Returns the amendments adopted, oldest first, each with the date it took effect.
   *
   * @return the amendments by effective date
   */
  public ImmutableSortedMap<LocalDate, Amendment> amendments() {
    ImmutableSortedMap.Builder<LocalDate, Amendment> out = ImmutableSortedMap.naturalOrder();
    for (Constitution c : history()) {
      c.amendment().ifPresent(a -> out.put(c.inForceFrom(), a));
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "Constitution of " + name() + " (" + type().label() + "), in force from " + inForceFrom()
        + (amendment().isPresent() ? ", " + history().size() + " versions" : "");
  }
}
