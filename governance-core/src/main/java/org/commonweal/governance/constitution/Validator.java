package org.commonweal.governance.constitution;

import static org.commonweal.governance.constitution.CheckRules.percent;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.CompositionLimit;
import org.commonweal.governance.board.ReservedSeats;
import org.commonweal.governance.board.RotationRule;
import org.commonweal.governance.board.TermKind;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.Facts;
import org.commonweal.governance.membership.MemberKind;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.CountedBy;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.StatutoryCap;
import org.commonweal.governance.voting.VoteBasis;
import org.commonweal.governance.voting.VotingRules;

/**
 * The checks behind {@link Constitution#validate()}: every one runs, and every violation found is
 * reported, in the order of the clauses they concern.
 *
 * <p>Cost: O(c·e + q + m·k + s + b) for c classes with eligibility rules of e representatives each
 * (bounded by {@link CheckEligibility#MAX_CASES}), a quorum tree of q nodes, m rows of the table with
 * k conditions each, s share classes and b board seats and limits; it allocates nothing beyond the
 * report and small working sets.
 */
final class Validator {
  /** The statute's cap on one member's withdrawable capital in a society registered in Great Britain. */
  static final Money STATUTORY_CAP = Money.ofMajor(100_000, Currency.getInstance("GBP"));

  private static final Fraction THREE_QUARTERS = Fraction.of(3, 4);
  private static final Fraction TWO_THIRDS = Fraction.of(2, 3);
  private static final Fraction QUARTER = Fraction.of(1, 4);

  private final Constitution c;
  private final ValidationOptions options;
  private final List<Violation> found = new ArrayList<>();
  private final Set<ClassId> defined;
  /** The classes someone can join. */
  private final Set<ClassId> joinable = new LinkedHashSet<>();
  private final boolean headsAreVotes;

  private Validator(Constitution c, ValidationOptions options) {
    this.c = c;
    this.options = options;
    this.defined = c.membership().classIds();
    for (StakeholderClass k : c.membership().classes()) {
      if (CheckEligibility.satisfiable(k.eligibility(), Optional.empty())) {
        joinable.add(k.id());
      }
    }
    this.headsAreVotes = CheckRules.headsAreVotes(c.voting());
  }

  static ValidationReport validate(Constitution c, ValidationOptions options) {
    Validator v = new Validator(c, options);
    v.classes();
    v.quorum();
    v.proxies();
    v.board();
    v.rotation();
    v.shares();
    v.amendment();
    v.law();
    v.principles();
    List<Violation> sorted = new ArrayList<>(v.found);
    // Stable: within a clause, the order in which the checks found them.
    sorted.sort(Comparator.comparing(Violation::clause));
    return new ValidationReport(ImmutableList.copyOf(sorted));
  }

  private void report(ViolationCode code, String message) {
    if (options.reports(code)) {
      found.add(new Violation(code, code.severity(), code.clause(), message));
    }
  }

  private String definedList() {
    return defined.stream().map(ClassId::toString).collect(Collectors.joining(", "));
  }

  private String className(ClassId id) {
    return c.membership().stakeholderClass(id).map(StakeholderClass::toString).orElse(id.toString());
  }

  /** Whether a class may have members with a vote: someone can join it and it holds a vote. */
  private boolean mayVote(ClassId k) {
    VotingRules v = c.voting();
    return joinable.contains(k) && !v.nonVotingClasses().contains(k)
        && (v.classShares().isEmpty() || v.classShares().get().shares().containsKey(k));
  }

  // ---- Consistency --------------------------------------------------------------------------

  private void classes() {
    for (ClassId k : c.investorClasses()) {
      if (!defined.contains(k)) {
        report(ViolationCode.STAFF_OR_INVESTOR_CLASS_UNDEFINED, "the investor class " + k
            + " is not one of the stakeholder classes the membership rules define (" + definedList() + ")");
      }
    }
    for (ClassId k : c.staffClasses()) {
      if (!defined.contains(k)) {
        report(ViolationCode.STAFF_OR_INVESTOR_CLASS_UNDEFINED, "the staff class " + k
            + " is not one of the stakeholder classes the membership rules define (" + definedList() + ")");
      }
    }
    VotingRules v = c.voting();
    Map<ClassId, String> named = new LinkedHashMap<>();
    v.classShares().ifPresent(cs -> cs.shares().forEach((k, f) -> named.putIfAbsent(k, "a fixed share of " + percent(f) + " of the vote")));
    v.classCaps().forEach((k, f) -> named.putIfAbsent(k, "a cap of " + percent(f) + " of the vote"));
    v.nonVotingClasses().forEach(k -> named.putIfAbsent(k, "no vote"));
    named.forEach((k, what) -> {
      if (!defined.contains(k)) {
        report(ViolationCode.CLASS_SHARES_UNDEFINED_CLASS, "the voting rules give " + what + " to class " + k
            + ", which the membership rules do not define (" + definedList() + ")");
      }
    });
  }

  private void quorum() {
    MeetingRules gm = c.generalMeetings();
    Map<String, QuorumRule> rules = new LinkedHashMap<>();
    rules.put("the quorum of general meetings", gm.quorum());
    gm.adjournment().ifPresent(a -> rules.put("the quorum of an adjourned general meeting", a.adjournedQuorum()));
    Set<String> said = new LinkedHashSet<>();
    rules.forEach((which, rule) -> {
      List<QuorumRule.InClass> parts = new ArrayList<>();
      CheckRules.classParts(rule, parts);
      for (QuorumRule.InClass p : parts) {
        ClassId k = p.classId();
        String why;
        if (!defined.contains(k)) {
          why = "which the membership rules do not define (" + definedList() + ")";
        } else if (!CheckRules.needsSomeone(p.rule())) {
          continue;
        } else if (!joinable.contains(k)) {
          why = "whose eligibility (" + eligibility(k) + ") nobody can meet";
        } else if (!mayVote(k)) {
          why = "which holds no vote, while the quorum counts only members with a vote";
        } else {
          continue;
        }
        if (said.add(which + k)) {
          report(ViolationCode.QUORUM_CLASS_CANNOT_HAVE_MEMBERS, which + " needs " + p.rule().description() + " of class " + k
              + ", " + why + ": that part of the quorum can never be met");
        }
      }
    });
    Optional<QuorumRule> adjourned = gm.adjournment().map(a -> a.adjournedQuorum());
    for (ClassId k : defined) {
      if (mayVote(k) && CheckRules.dependsOn(gm.quorum(), k)
          && (adjourned.isEmpty() || CheckRules.dependsOn(adjourned.get(), k))) {
        report(ViolationCode.QUORUM_CLASS_MAY_BE_EMPTY, "the quorum (" + gm.quorum().description() + ") needs members of "
            + className(k) + " present, and "
            + adjourned.map(a -> "so does the adjourned meeting's quorum (" + a.description() + ")")
                .orElse("the rules give no adjournment with another quorum")
            + ": while the class has no members, no general meeting can be quorate");
      }
    }
  }

  private String eligibility(ClassId k) {
    return c.membership().stakeholderClass(k).map(s -> s.eligibility().description()).orElse("none");
  }

  private void proxies() {
    ProxyRules p = c.generalMeetings().proxies();
    if (!p.allowed() && p.countForQuorum()) {
      report(ViolationCode.PROXIES_COUNTED_BUT_FORBIDDEN, "the rules say members present by proxy count towards the"
          + " quorum of general meetings, but they do not allow members to appoint proxies");
    }
  }

  private void board() {
    if (c.board().isEmpty()) {
      return;
    }
    BoardRules b = c.board().get();
    if (b.fixedSeats() > b.maxSize()) {
      int reserved = b.reserved().stream().mapToInt(ReservedSeats::seats).sum();
      int appointed = b.fixedSeats() - b.electedSeats() - b.exOfficio().size();
      report(ViolationCode.BOARD_RESERVED_EXCEEDS_SIZE, "maxSize (" + b.maxSize() + ") is less than the " + b.fixedSeats()
          + " elected, appointed and ex officio seats: " + reserved + " reserved for classes, " + b.generalSeats()
          + " general, " + appointed + " appointed and " + b.exOfficio().size() + " ex officio");
    }
    for (ReservedSeats r : b.reserved()) {
      if (!defined.contains(r.stakeholderClass())) {
        report(ViolationCode.BOARD_CLASS_UNDEFINED, r.seats() + (r.seats() == 1 ? " board seat is" : " board seats are")
            + " reserved for class " + r.stakeholderClass() + ", which the membership rules do not define (" + definedList() + ")");
      }
    }
    for (CompositionLimit l : b.limits()) {
      ClassId k = l.group().stakeholderClass();
      if (k != null && !defined.contains(k)) {
        report(ViolationCode.BOARD_CLASS_UNDEFINED, "the board limit \"" + l.name() + "\" is on class " + k
            + ", which the membership rules do not define (" + definedList() + ")");
      }
    }
  }

  private void rotation() {
    if (c.rotation().isEmpty() || c.board().isEmpty()) {
      return;
    }
    RotationRule r = c.rotation().get();
    BoardRules b = c.board().get();
    int subject = 0;
    List<String> kinds = new ArrayList<>();
    if (r.subject().contains(TermKind.ELECTED)) {
      subject += b.electedSeats();
      kinds.add("elected");
    }
    if (r.subject().contains(TermKind.APPOINTED)) {
      subject += b.fixedSeats() - b.electedSeats() - b.exOfficio().size();
      kinds.add("appointed");
    }
    if (r.subject().contains(TermKind.EX_OFFICIO)) {
      subject += b.exOfficio().size();
      kinds.add("ex officio");
    }
    if (r.subject().contains(TermKind.CO_OPTED)) {
      subject += b.maxCoopted();
      kinds.add("co-opted");
    }
    int due = r.numberDue(subject);
    // A fixed term retires directors whatever the rotation says, unless no seat is subject to it at all.
    if (due == 0 && (subject == 0 || r.maxTerm().isEmpty())) {
      report(ViolationCode.ROTATION_RETIRES_NOBODY, subject == 0
          ? "no seat on the board is of a kind subject to rotation (" + String.join(", ", kinds) + "), so nobody ever retires by rotation"
          : "retirement by rotation of " + percent(r.fraction()) + " of the " + subject + " " + String.join(", ", kinds)
              + " seats retires the nearest whole number to " + r.fraction().times(subject) + ", that is 0 directors,"
              + " at every annual meeting after the first, and no term limits how long they serve");
    }
  }

  private void shares() {
    for (ShareClass s : c.shareClasses()) {
      boolean held = s.holders().stream().anyMatch(joinable::contains);
      if (!held) {
        String holders = s.holders().stream().map(k -> defined.contains(k) ? k + " (which nobody can join)" : k + " (not defined)")
            .collect(Collectors.joining(", "));
        report(ViolationCode.SHARE_CLASS_NO_HOLDER, "share class " + s.id() + " may be held only by " + holders
            + ": no member can ever hold it");
      }
    }
  }

  private void amendment() {
    Procedure p = c.matters().get(Matter.AMEND_RULES);
    if (p == null) {
      report(ViolationCode.NO_AMENDMENT_PROCEDURE, "the table of matters has no row for amending the rules, so they can never be amended");
    } else if (p instanceof Procedure.Prohibited x) {
      report(ViolationCode.NO_AMENDMENT_PROCEDURE, "the table of matters prohibits amending the rules (" + x.reason()
          + "); entrench the clauses that must not change instead");
    }
  }

  // ---- The law of the organisation type -----------------------------------------------------

  private void law() {
    OrganisationType t = c.type();
    if (t.isRegisteredSociety()) {
      minimumMembers();
      withdrawableCap();
      votes();
      twoMeetings(Matter.AMALGAMATE, "CCBS Act 2014 s.111", false);
      twoMeetings(Matter.CONVERT, "CCBS Act 2014 s.113", true);
      instrument();
    }
    if (t == OrganisationType.COMMUNITY_BENEFIT_SOCIETY) {
      assetLock();
    }
    if (t.isCompany()) {
      specialResolutions();
    }
  }

  private void minimumMembers() {
    int min = c.minimumMembers();
    if (min >= 3) {
      return;
    }
    // Two members suffice where both are registered societies: every class admits organisations only.
    boolean organisationsOnly = c.membership().classes().stream()
        .noneMatch(k -> CheckEligibility.satisfiable(k.eligibility(), Optional.of(false)));
    if (min == 2 && organisationsOnly) {
      return;
    }
    report(ViolationCode.BELOW_STATUTORY_MINIMUM_MEMBERS, "a registered society needs at least 3 members (2 where both are"
        + " registered societies, which these rules do not restrict membership to), but the rules allow " + min
        + " (CCBS Act 2014 s.2(2)(b))");
  }

  private void withdrawableCap() {
    List<String> withdrawable = c.shareClasses().stream().filter(ShareClass::withdrawable).map(s -> s.id().toString()).toList();
    if (withdrawable.isEmpty()) {
      return;
    }
    Optional<Money> cap = c.statutoryCap().flatMap(StatutoryCap::perMember);
    String classes = "share class" + (withdrawable.size() == 1 ? " " : "es ") + String.join(", ", withdrawable);
    String law = " (CCBS Act 2014 s.24)";
    if (cap.isEmpty()) {
      report(ViolationCode.WITHDRAWABLE_CAP_ABOVE_STATUTE, classes + (withdrawable.size() == 1 ? " is" : " are")
          + " withdrawable, but the rules put no cap on one member's withdrawable capital; the statute's is "
          + STATUTORY_CAP + law);
    } else if (!cap.get().currency().equals(STATUTORY_CAP.currency())) {
      report(ViolationCode.WITHDRAWABLE_CAP_ABOVE_STATUTE, "the cap on one member's withdrawable capital is " + cap.get()
          + ", which cannot be compared with the statute's " + STATUTORY_CAP + "; state it in pounds" + law);
    } else if (cap.get().isGreaterThan(STATUTORY_CAP)) {
      report(ViolationCode.WITHDRAWABLE_CAP_ABOVE_STATUTE, "the cap on one member's withdrawable capital is " + cap.get()
          + ", above the statute's " + STATUTORY_CAP + law);
    }
  }

  private void votes() {
    VotingRules v = c.voting();
    VoteBasis organisations = v.organisationBasis().orElse(v.basis());
    if (c.type() == OrganisationType.CO_OPERATIVE_SOCIETY && v.basis() != VoteBasis.ONE_MEMBER_ONE_VOTE) {
      report(ViolationCode.ONE_MEMBER_ONE_VOTE_REQUIRED, "a co-operative society's members who are individuals must have one"
          + " vote each, but these rules give them one vote per share" + v.maxVotesPerMember().stream()
              .mapToObj(m -> " (up to " + m + ")").findFirst().orElse("")
          + " (FCA FG15/12: democratic member control; FCA RFCCBS 6.1.3)");
    } else if (v.basis() == VoteBasis.ONE_VOTE_PER_SHARE || organisations == VoteBasis.ONE_VOTE_PER_SHARE) {
      String who = v.basis() == VoteBasis.ONE_VOTE_PER_SHARE
          ? (organisations == VoteBasis.ONE_VOTE_PER_SHARE ? "members" : "individual members") : "member organisations";
      report(ViolationCode.VOTES_IN_PROPORTION_TO_SHARES, "a registered society's votes may not be in proportion to shares,"
          + " but these rules give " + who + " one vote per share (FCA RFCCBS 6.1.3)");
    }
  }

  private void twoMeetings(Matter matter, String law, boolean conversion) {
    Procedure p = c.procedure(matter);
    if (p instanceof Procedure.Prohibited) {
      return;
    }
    String needs = conversion
        ? "at least 75% of the members voting, with at least half of all the members voting, confirmed at a second"
            + " meeting by more than half of those voting"
        : "at least two thirds of the members voting at one general meeting, confirmed at a second by more than half"
            + " of those voting";
    if (!(p instanceof Procedure.AtTwoMeetings two)) {
      String how = p.description();
      report(ViolationCode.TWO_MEETING_BELOW_STATUTE, "\"" + matter.title() + "\" is decided by "
          + how.substring(0, 1).toLowerCase(Locale.ROOT) + how.substring(1)
          + (c.matters().containsKey(matter) ? "" : " (the rules give it no row)") + ", but " + law + " needs " + needs);
      return;
    }
    CheckRules.Bound first = CheckRules.shareOfThoseVoting(two.resolution().first(), CountedBy.HEADS, headsAreVotes);
    CheckRules.Bound second = CheckRules.shareOfThoseVoting(two.resolution().second(), CountedBy.HEADS, headsAreVotes);
    List<String> short_ = new ArrayList<>();
    Fraction firstNeeded = conversion ? THREE_QUARTERS : TWO_THIRDS;
    if (!first.meets(firstNeeded, false)) {
      short_.add("the first meeting needs " + first.words() + " of the members voting, not at least " + percent(firstNeeded));
    }
    if (conversion && !CheckRules.halfOfMembersVote(two.resolution().first(), headsAreVotes)) {
      short_.add("the first meeting does not need half of all the members to vote");
    }
    if (!second.meets(Fraction.ONE_HALF, true)) {
      short_.add("the second meeting needs " + second.words() + " of those voting, not more than 50%");
    }
    if (!short_.isEmpty()) {
      report(ViolationCode.TWO_MEETING_BELOW_STATUTE, "\"" + matter.title() + "\" falls short of " + law + ": "
          + String.join("; ", short_));
    }
  }

  private void instrument() {
    Procedure p = c.procedure(Matter.DISSOLVE);
    if (p instanceof Procedure.ByInstrument i && i.consent().isLessThan(THREE_QUARTERS)) {
      report(ViolationCode.INSTRUMENT_BELOW_STATUTE, "dissolution by instrument needs the consent of " + percent(i.consent())
          + " of the members, but CCBS Act 2014 s.119 needs at least 75%");
    }
  }

  private void assetLock() {
    Optional<AssetLock> lock = c.assetLock();
    if (lock.isEmpty()) {
      report(ViolationCode.ASSET_LOCK_MISSING, "a community benefit society's assets must be kept for the community, but"
          + " these rules have no asset lock; adopt the statutory lock (SI 2006/264) or write one into the rules");
    } else if (!lock.get().locksAssets()) {
      String open = lock.get().recipients().stream().filter(r -> !AssetLock.LOCKED_RECIPIENTS.contains(r))
          .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
      report(ViolationCode.ASSET_LOCK_LETS_ASSETS_TO_MEMBERS, "the asset lock lets assets pass to " + open
          + ", which can pass them to members; a community benefit society's lock allows only other asset-locked"
          + " bodies, charities and community interest companies (SI 2006/264)");
    }
  }

  private void specialResolutions() {
    c.matters().forEach((matter, p) -> {
      boolean amend = matter.equals(Matter.AMEND_RULES);
      CheckRules.Bound bound;
      String what;
      if (p instanceof Procedure.AtMeeting m && (amend || m.resolution().kind() == Resolution.Kind.SPECIAL)) {
        bound = CheckRules.shareOfThoseVoting(m.resolution(), CountedBy.VOTES, headsAreVotes);
        what = m.resolution().kind().label().toLowerCase(Locale.ROOT);
      } else if (p instanceof Procedure.AtTwoMeetings m
          && (amend || m.resolution().first().kind() == Resolution.Kind.SPECIAL
              || m.resolution().second().kind() == Resolution.Kind.SPECIAL)) {
        bound = CheckRules.shareOfThoseVoting(m.resolution().first(), CountedBy.VOTES, headsAreVotes)
            .max(CheckRules.shareOfThoseVoting(m.resolution().second(), CountedBy.VOTES, headsAreVotes));
        what = "resolution at two meetings";
      } else if (amend && p instanceof Procedure.ByInstrument i) {
        bound = new CheckRules.Bound(i.consent(), false);
        what = "instrument";
      } else if (amend && p instanceof Procedure.ByBoard) {
        report(ViolationCode.SPECIAL_RESOLUTION_BELOW_75, "the board amends the rules, but a company's articles are"
            + " amended only by a special resolution of the members, of at least 75% of the votes cast (CA 2006 ss.21, 283)");
        return;
      } else {
        return;
      }
      if (!bound.meets(THREE_QUARTERS, false)) {
        report(ViolationCode.SPECIAL_RESOLUTION_BELOW_75, "\"" + matter.title() + "\" is decided by a " + what
            + " needing " + bound.words() + " of the votes cast, but a company's special resolution"
            + (amend ? " (which amending the articles needs, CA 2006 s.21)" : "") + " needs at least 75% (CA 2006 s.283)");
      }
    });
  }

  // ---- Co-operative principles --------------------------------------------------------------

  private void principles() {
    openMembership();
    classAlone();
    investors();
    staff();
  }

  private void openMembership() {
    if (c.areaOfBenefit().isEmpty()) {
      return;
    }
    String area = c.areaOfBenefit().get();
    Facts resident = Facts.builder().dateOfBirth(c.inForceFrom().minusYears(18)).addAreasOfResidence(area)
        .memberKind(MemberKind.INDIVIDUAL).build();
    boolean open = c.membership().classes().stream().anyMatch(k -> k.check(resident, c.inForceFrom()).met());
    if (!open) {
      report(ViolationCode.MEMBERSHIP_NOT_OPEN, "the area of benefit is " + area + ", but no class admits an adult who"
          + " lives there and attests nothing more (the classes need: " + c.membership().classes().stream()
              .map(k -> k.name() + ": " + k.eligibility().description()).collect(Collectors.joining("; ")) + ")");
    }
  }

  private void classAlone() {
    if (c.voting().classShares().isEmpty() || c.voting().classShares().get().shares().size() < 2) {
      return;
    }
    Procedure p = c.matters().get(Matter.AMEND_RULES);
    Optional<Resolution> r = p instanceof Procedure.AtMeeting m ? Optional.of(m.resolution())
        : p instanceof Procedure.AtTwoMeetings t ? Optional.of(t.resolution().first()) : Optional.empty();
    if (r.isPresent() && CheckRules.needsClassConsent(r.get())) {
      return;
    }
    CheckRules.Bound needed = r.map(x -> CheckRules.shareOfThoseVoting(x, CountedBy.VOTES, headsAreVotes))
        .filter(b -> !b.equals(CheckRules.Bound.NONE)).orElse(new CheckRules.Bound(THREE_QUARTERS, false));
    c.voting().classShares().get().shares().forEach((k, f) -> {
      if (new CheckRules.Bound(f, false).meets(needed.fraction(), needed.strict())) {
        report(ViolationCode.CLASS_CAN_PASS_SPECIAL_ALONE, "class " + k + " holds a fixed " + percent(f)
            + " of the vote, enough alone to amend the rules, which need " + needed.words() + " of the votes cast");
      }
    });
  }

  private void investors() {
    VotingRules v = c.voting();
    List<ClassId> investors = c.investorClasses().stream().filter(defined::contains).toList();
    if (investors.isEmpty()) {
      return;
    }
    if (v.classShares().isPresent()) {
      Fraction total = Fraction.sum(investors.stream().map(k -> v.classShares().get().shareOf(k)).toList());
      if (total.isGreaterThan(QUARTER)) {
        report(ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER, "the investor classes (" + investors.stream().map(ClassId::toString)
            .collect(Collectors.joining(", ")) + ") hold fixed shares of " + percent(total) + " of the vote, more than a quarter");
      }
      return;
    }
    Fraction most = Fraction.ZERO;
    List<String> uncapped = new ArrayList<>();
    for (ClassId k : investors) {
      if (v.nonVotingClasses().contains(k)) {
        continue;
      }
      Fraction cap = v.classCaps().get(k);
      if (cap == null) {
        uncapped.add(k.toString());
      } else {
        most = most.plus(cap);
      }
    }
    if (!uncapped.isEmpty()) {
      report(ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER, "the investor class" + (uncapped.size() == 1 ? " " : "es ")
          + String.join(", ", uncapped) + " vote with no cap on their share of the vote, so investors may come to hold"
          + " more than a quarter of it");
    } else if (most.isGreaterThan(QUARTER)) {
      report(ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER, "the caps on the investor classes allow them " + percent(most)
          + " of the vote, more than a quarter");
    }
  }

  private void staff() {
    List<ClassId> staff = c.staffClasses().stream().filter(defined::contains).toList();
    // Where every voting class is staff (a worker co-operative) the staff are the members, whose control is
    // the point; the principle guards the other stakeholders of a multi-stakeholder constitution.
    // Classes without a vote (a worker co-operative's investors) do not make it multi-stakeholder.
    List<ClassId> voting = defined.stream().filter(k -> !c.voting().nonVotingClasses().contains(k)).toList();
    if (staff.isEmpty() || c.board().isEmpty() || staff.containsAll(voting)) {
      return;
    }
    BoardRules b = c.board().get();
    int reserved = b.reserved().stream().filter(r -> staff.contains(r.stakeholderClass())).mapToInt(ReservedSeats::seats).sum();
    int open = reserved + b.generalSeats();
    Optional<CompositionLimit> limit = b.limits().stream()
        .filter(l -> l.bound() == CompositionLimit.Bound.AT_MOST)
        .filter(l -> l.group().attribute() != null || staff.contains(l.group().stakeholderClass()))
        .min(Comparator.comparingInt(l -> l.maxSeats(b.maxSize())));
    String seats = open + " board seat" + (open == 1 ? "" : "s") + " (" + reserved + " reserved for staff, "
        + b.generalSeats() + " general seats any member may win)";
    if (limit.isPresent()) {
      // The limit acts inside the count (constrained STV), so general seats won beyond it go to others:
      // what staff can hold is the smaller of the seats open to them and the limit.
      int max = limit.get().maxSeats(b.maxSize());
      if (reserved > max) {
        report(ViolationCode.STAFF_CAN_CONTROL_BOARD, reserved + " board seats are reserved for staff, more than the "
            + max + " that the limit \"" + limit.get().name() + "\" allows on a board of " + b.maxSize());
      } else if (limit.get().fraction().isGreaterThan(Fraction.ONE_HALF) && 2 * Math.min(open, max) > b.fixedSeats()) {
        report(ViolationCode.STAFF_CAN_CONTROL_BOARD, seats + " are open to staff, and the limit \"" + limit.get().name()
            + "\" lets them hold " + Math.min(open, max) + ", a majority of the " + b.fixedSeats() + " seats the rules fill");
      }
    } else if (2 * open > b.fixedSeats()) {
      report(ViolationCode.STAFF_CAN_CONTROL_BOARD, seats + " are open to staff, a majority of the " + b.fixedSeats()
          + " seats the rules fill, and no limit keeps staff to a minority");
    }
  }
}
