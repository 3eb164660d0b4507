package org.commonweal.governance.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.AppointedSeats;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.CompositionLimit;
import org.commonweal.governance.board.ReservedSeats;
import org.commonweal.governance.board.RotationRule;
import org.commonweal.governance.board.TermKind;
import org.commonweal.governance.board.TermLimit;
import org.commonweal.governance.board.VacancyRule;
import org.commonweal.governance.constitution.Amendment;
import org.commonweal.governance.constitution.AssetLock;
import org.commonweal.governance.constitution.Change;
import org.commonweal.governance.constitution.Clause;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Entrenchment;
import org.commonweal.governance.constitution.Fund;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.OrganisationType;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.constitution.SurplusPart;
import org.commonweal.governance.constitution.SurplusRule;
import org.commonweal.governance.meeting.AdjournmentRule;
import org.commonweal.governance.meeting.MeetingDomain;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.NoticeRule;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.MembershipDomain;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.RatioThreshold;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.ResolutionDomain;
import org.commonweal.governance.resolution.TieRule;
import org.commonweal.governance.resolution.TwoMeetingResolution;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.SharesDomain;
import org.commonweal.governance.shares.StatutoryCap;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VotingDomain;
import org.commonweal.governance.voting.VotingRules;

/**
 * Constitutions for the storage properties, built from the other packages' test domains: membership
 * rules ({@link MembershipDomain}), share classes and caps ({@link SharesDomain}), voting rules ({@link
 * VotingDomain}), quorum and proxy rules ({@link MeetingDomain}) and thresholds and tie rules ({@link
 * ResolutionDomain}), with a table of matters using every kind of procedure and condition, entrenchments,
 * an asset lock, board rules, rotation and a surplus rule.
 *
 * <p>Every value generated is valid: it is built through the types' own factories and builders, never
 * filtered. A constitution carries a history of up to three versions, each later one either made by
 * {@link Constitution#apply} with an amendment of any kind of {@link Change}, or built directly and
 * naming its previous version (which the storage format must keep exactly too). Whether the rules make
 * sense together is not a concern here: validation is not storage.
 */
public class JsonDomain extends DomainContextBase {
  private static final MembershipDomain MEMBERSHIP = new MembershipDomain();
  private static final SharesDomain SHARES = new SharesDomain();
  private static final LocalDate ADOPTED = LocalDate.of(2020, 4, 1);

  @Provide
  Arbitrary<Constitution> constitutions() {
    return constitutionsWithHistory();
  }

  /**
   * Generates constitutions with a history of up to three versions.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Constitution> constitutionsWithHistory() {
    return Combinators.combine(firstVersions(), amendments().list().ofMaxSize(2), Arbitraries.of(true, false).list().ofSize(2))
        .as((first, amendments, direct) -> {
          Constitution c = first;
          for (int i = 0; i < amendments.size(); i++) {
            LocalDate on = c.inForceFrom().plusMonths(6 + i);
            Constitution next = c.apply(amendments.get(i), on);
            if (direct.get(i)) {
              // A version built directly, not by apply: only its objects tell it from the one apply makes.
              next = Constitution.builder().from(next).objects("Objects restated in version " + (i + 2)).build();
            }
            c = next;
          }
          return c;
        });
  }

  /**
   * Generates constitutions as first adopted.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Constitution> firstVersions() {
    Arbitrary<Constitution.Builder> heading = Combinators.combine(
            Arbitraries.of("Ashby Community Hub", "Brook Road Tenants' Co-operative", "Eastside School Trust"),
            Arbitraries.of(OrganisationType.class),
            Arbitraries.of("To run the hub for the community", "To provide homes at fair rents"),
            Arbitraries.integers().between(0, 2000).map(ADOPTED::plusDays),
            MEMBERSHIP.rules(),
            Arbitraries.of("the parish of Ashby", "Brook ward").optional(0.5),
            Arbitraries.integers().between(1, 5).optional(0.3),
            Arbitraries.integers().between(1, 60).optional(0.5))
        .as((name, type, objects, from, membership, area, minimum, written) -> {
          List<ClassId> ids = membership.classIds().asList();
          Constitution.Builder b = Constitution.builder().name(name).type(type).objects(objects).inForceFrom(from)
              .membership(membership).areaOfBenefit(area);
          minimum.ifPresent(b::minimumMembers);
          written.ifPresent(b::writtenResolutionDays);
          b.investorClasses(ImmutableSortedSet.of(ids.get(0)));
          b.staffClasses(ImmutableSortedSet.copyOf(ids.subList(1, ids.size())));
          return b;
        });
    return Combinators.combine(
            heading,
            shareClasses(),
            SHARES.caps().optional(0.5),
            VotingDomain.rules(),
            meetingRules(),
            matters(),
            Arbitraries.of(Fraction.of(1, 4), Fraction.ONE_HALF, Fraction.ONE).optional(0.4),
            entrenchments())
        .flatAs((b, classes, cap, voting, meetings, matters, disposal, entrenched) -> Combinators.combine(
                assetLocks().optional(0.5),
                boards().optional(0.6),
                rotations().optional(0.5),
                MeetingDomain.leaves().optional(0.5),
                Arbitraries.of(true, false),
                surplusRules().optional(0.5))
            .as((lock, board, rotation, boardQuorum, casting, surplus) -> b.shareClasses(classes).statutoryCap(cap)
                .voting(voting).generalMeetings(meetings).matters(matters).assetDisposalFraction(disposal)
                .entrenched(entrenched).assetLock(lock).board(board).rotation(rotation).boardQuorum(boardQuorum)
                .chairCastingVote(casting).surplus(surplus).build()));
  }

  static Arbitrary<List<ShareClass>> shareClasses() {
    return SHARES.shareClasses().list().ofMaxSize(3).map(list -> {
      List<ShareClass> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(ShareClass.builder().from(list.get(i)).id(ShareClassId.of("s-" + (i + 1))).build());
      }
      return out;
    });
  }

  static Arbitrary<MeetingRules> meetingRules() {
    Arbitrary<NoticeRule> notice = Combinators.combine(Arbitraries.integers().between(0, 21), MeetingDomain.leaves().optional(0.3))
        .as((days, consent) -> consent.map(q -> NoticeRule.clearDays(days).withShortNoticeConsent(q))
            .orElse(NoticeRule.clearDays(days)));
    Arbitrary<AdjournmentRule> adjournment = Combinators.combine(
            Arbitraries.of(Duration.ZERO, Duration.ofMinutes(30), Duration.ofHours(1)),
            MeetingDomain.leaves(),
            Arbitraries.integers().between(1, 30).optional(0.5),
            Arbitraries.integers().between(0, 14))
        .as((wait, quorum, longDays, noticeDays) -> {
          AdjournmentRule.Builder b = AdjournmentRule.builder().waitFor(wait).adjournedQuorum(quorum)
              .longAdjournmentNoticeDays(noticeDays);
          longDays.ifPresent(b::longAdjournmentDays);
          return b.build();
        });
    return Combinators.combine(notice, MeetingDomain.rules(3), adjournment.optional(0.5), MeetingDomain.proxyRules(),
            MeetingDomain.leaves().optional(0.4), MeetingDomain.leaves().optional(0.4))
        .as((n, q, a, p, requisition, poll) -> MeetingRules.builder().notice(n).quorum(q).adjournment(a).proxies(p)
            .requisition(requisition).pollDemand(poll).build());
  }

  static Arbitrary<TieRule> tieRules() {
    return Arbitraries.oneOf(
        Arbitraries.of(TieRule.byThreshold(), TieRule.lost(), TieRule.castingVote(), TieRule.statusQuo(Choice.FOR),
            TieRule.statusQuo(Choice.AGAINST), TieRule.lot(TieBreaker.givenOrder()),
            TieRule.lot(TieBreaker.fixedOrder(List.of(Choice.AGAINST, Choice.FOR)))),
        Arbitraries.longs().map(seed -> TieRule.lot(TieBreaker.seeded(seed))));
  }

  static Arbitrary<Condition> conditions() {
    Arbitrary<ClassId> classes = Arbitraries.of(VotingDomain.CLASSES);
    return Arbitraries.oneOf(
        ResolutionDomain.thresholdArbitrary().map(t -> (Condition) t),
        Combinators.combine(Arbitraries.of(Fraction.ONE, Fraction.of(2), Fraction.of(3, 2)), Arbitraries.of(true, false),
                Arbitraries.of(true, false))
            .as((ratio, strict, heads) -> {
              RatioThreshold r = strict ? RatioThreshold.moreThan(ratio) : RatioThreshold.atLeast(ratio);
              return heads ? r.byHeads() : r;
            }),
        ResolutionDomain.thresholdArbitrary().map(Condition::inEachClass),
        Combinators.combine(classes, ResolutionDomain.thresholdArbitrary()).as(Condition::inClass),
        Combinators.combine(
                Arbitraries.subsetOf(Choice.AGAINST, Choice.ABSTAIN, Choice.SPOILT), MeetingDomain.rules(2))
            .as((others, rule) -> {
              Set<Choice> counted = new HashSet<>(others);
              counted.add(Choice.FOR);
              return Condition.participation(counted, rule);
            }));
  }

  static Arbitrary<Resolution> resolutions() {
    return Combinators.combine(
            Arbitraries.of("Amend the rules", "Admit a member", "Dissolve"),
            Arbitraries.of(Resolution.Kind.class),
            conditions().list().ofMinSize(1).ofMaxSize(3),
            tieRules(),
            Arbitraries.of("proposed by the board", "rule 12").list().ofMaxSize(2))
        .as((title, kind, conditions, tie, notes) -> Resolution.builder().title(title).kind(kind).conditions(conditions)
            .tieRule(tie).notes(notes).build());
  }

  static Arbitrary<Procedure> procedures() {
    Arbitrary<TwoMeetingResolution> two = Arbitraries.oneOf(
        Arbitraries.of(TwoMeetingResolution.ccbsAmalgamation("Amalgamate"), TwoMeetingResolution.ccbsConversion("Convert")),
        Combinators.combine(resolutions(), resolutions(), Arbitraries.of(Period.ofDays(14), Period.ofMonths(1)).optional(0.5))
            .as((a, b, earliest) -> TwoMeetingResolution.of("Two meetings", a, b, earliest, Optional.empty())));
    return Arbitraries.oneOf(
        resolutions().map(Procedure.AtMeeting::new),
        two.map(Procedure.AtTwoMeetings::new),
        Combinators.combine(Arbitraries.of(Fraction.of(3, 4), Fraction.ONE, Fraction.of(1, 2)),
                Arbitraries.of("CCBS Act 2014 s.119", ""))
            .as(Procedure.ByInstrument::new),
        resolutions().map(Procedure.ByBoard::new),
        Arbitraries.of("the statutory asset lock (SI 2006/264)", "never").map(Procedure.Prohibited::new));
  }

  static Arbitrary<Map<Matter, Procedure>> matters() {
    List<Matter> all = List.of(Matter.AMEND_RULES, Matter.ADMIT_MEMBER, Matter.DISSOLVE, Matter.CONVERT,
        Matter.of("investor-rights", "Change the rights of investor shares"));
    return Arbitraries.subsetOf(all).flatMap(ms -> procedures().list().ofSize(ms.size()).map(ps -> {
      Map<Matter, Procedure> out = new LinkedHashMap<>();
      int i = 0;
      for (Matter m : all) {
        if (ms.contains(m)) {
          out.put(m, ps.get(i++));
        }
      }
      return out;
    }));
  }

  static Arbitrary<List<Entrenchment>> entrenchments() {
    return Arbitraries.subsetOf(Clause.values()).ofMaxSize(3).flatMap(clauses ->
        Arbitraries.of(Entrenchment.Kind.class).list().ofSize(clauses.size()).map(kinds -> {
          List<Entrenchment> out = new ArrayList<>();
          int i = 0;
          for (Clause c : Clause.values()) {
            if (clauses.contains(c)) {
              out.add(new Entrenchment(c, kinds.get(i++), i % 2 == 0 ? "" : "worker co-operative articles"));
            }
          }
          return out;
        }));
  }

  static Arbitrary<AssetLock> assetLocks() {
    return Arbitraries.oneOf(
        Arbitraries.just(AssetLock.statutory()),
        Arbitraries.subsetOf(AssetLock.Recipient.values()).ofMinSize(1).map(AssetLock::constitutional));
  }

  static Arbitrary<BoardRules> boards() {
    return Combinators.combine(
            Arbitraries.subsetOf(VotingDomain.CLASSES).ofMaxSize(2),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of("the council", "the diocese").optional(0.4),
            Arbitraries.of("the headteacher").optional(0.3),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(VacancyRule.class))
        .as((reservedClasses, general, appointedBody, office, coopted, coOptedVote, extra, vacancies) -> {
          BoardRules.Builder b = BoardRules.builder();
          int fixed = 0;
          for (ClassId c : reservedClasses.stream().sorted().toList()) {
            b.addReserved(new ReservedSeats(c, 1 + fixed % 2));
            fixed += 1 + fixed % 2;
          }
          int generalSeats = fixed + general + coopted == 0 ? 1 : general;
          b.generalSeats(generalSeats);
          fixed += generalSeats;
          if (appointedBody.isPresent()) {
            b.addAppointed(new AppointedSeats(appointedBody.get(), 2));
            fixed += 2;
          }
          if (office.isPresent()) {
            b.addExOfficio(office.get());
            fixed += 1;
          }
          int min = Math.max(1, fixed);
          b.minSize(min).maxSize(min + extra).maxCoopted(coopted).coOptedVote(coOptedVote).vacancies(vacancies);
          b.addLimits(CompositionLimit.atMost("staff", CompositionLimit.Group.attribute("staff"), Fraction.of(1, 3)));
          for (ClassId c : reservedClasses) {
            b.addLimits(CompositionLimit.atLeast("seats for " + c, CompositionLimit.Group.ofClass(c), Fraction.of(1, 10)));
          }
          if (extra > 1) {
            b.addLimits(CompositionLimit.majority("residents", CompositionLimit.Group.attribute("resident")));
          }
          return b.build();
        });
  }

  static Arbitrary<RotationRule> rotations() {
    return Combinators.combine(
            Arbitraries.of(Fraction.of(1, 3), Fraction.ONE_HALF, Fraction.ONE),
            Arbitraries.subsetOf(TermKind.values()).ofMinSize(1),
            Arbitraries.integers().between(1, 4).optional(0.5),
            Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 2)).as(TermLimit::of)
                .optional(0.5))
        .as((f, subject, maxTerm, limit) -> new RotationRule(f, ImmutableSet.copyOf(subject),
            maxTerm, limit));
  }

  static Arbitrary<SurplusRule> surplusRules() {
    return Arbitraries.oneOf(
        Arbitraries.just(SurplusRule.mondragon()),
        Arbitraries.of(Fraction.of(1, 50), Fraction.of(3, 100)).map(r -> SurplusRule.frenchScic(r, Fraction.of(3, 100))),
        Arbitraries.of(Fraction.of(1, 10), Fraction.of(1, 5)).map(s -> SurplusRule.of(
            new SurplusPart.ToFund("community fund", Fund.OTHER, s),
            new SurplusPart.Patronage("dividend", s),
            new SurplusPart.CapitalInterest("interest", Fraction.of(1, 25), Fraction.of(1, 20), s))));
  }

  /**
   * Generates changes of every kind.
   *
   * @return the arbitrary
   */
  static Arbitrary<Change> changes() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.of("To run a library and a school").map(Change.Purpose::new),
        MEMBERSHIP.rules().map(m -> (Change) new Change.Membership(m)),
        Combinators.combine(shareClasses(), SHARES.caps().optional(0.5))
            .as((classes, cap) -> new Change.Shares(ImmutableList.copyOf(classes), cap)),
        VotingDomain.rules().map(Change.Voting::new),
        meetingRules().map(Change.GeneralMeetings::new),
        Arbitraries.integers().between(1, 40).optional(0.6)
            .map(d -> new Change.WrittenResolutions(d.map(OptionalInt::of).orElse(OptionalInt.empty()))),
        Combinators.combine(Arbitraries.of(Matter.AMEND_RULES, Matter.EXPEL_MEMBER), procedures().optional(0.7))
            .as(Change.MatterRow::new),
        Combinators.combine(Arbitraries.of(Clause.OBJECTS, Clause.VOTING), Arbitraries.of(Entrenchment.Kind.class).optional(0.7))
            .as((c, k) -> new Change.Entrench(c, k.map(kind -> new Entrenchment(c, kind, "amendment")))),
        assetLocks().optional(0.7).map(Change.AssetLockRule::new),
        boards().optional(0.7).map(Change.Board::new),
        rotations().optional(0.7).map(Change.Rotation::new),
        Combinators.combine(MeetingDomain.leaves().optional(0.7), Arbitraries.of(true, false)).as(Change.BoardMeetings::new),
        surplusRules().optional(0.7).map(Change.Surplus::new)));
  }

  static Arbitrary<Amendment> amendments() {
    return changes().list().ofMinSize(1).ofMaxSize(3)
        .map(cs -> Amendment.of("Amendment of " + cs.size() + " clauses", cs));
  }

  /**
   * Returns every kind of change, one each, for examples.
   *
   * @return the changes
   */
  static List<Change> everyChange() {
    MembershipRules membership = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(ClassId.of("residents"), "Residents",
            Eligibility.residentIn("Brook ward")));
    ShareClass share = ShareClass.builder().id(ShareClassId.of("community"))
        .name("Community shares").parValue(Money.parse("1.00 GBP")).withdrawable(true)
        .transferable(false).voting(false).addHolders(ClassId.of("residents")).build();
    return List.of(
        new Change.Purpose("To run a library and a school"),
        new Change.Membership(membership),
        new Change.Shares(ImmutableList.of(share), Optional.of(StatutoryCap.ukRegisteredSociety())),
        new Change.Voting(VotingRules.oneVotePerShareCappedAt(5)),
        new Change.GeneralMeetings(MeetingRules.builder().quorum(QuorumRule.members(5)).build()),
        new Change.WrittenResolutions(OptionalInt.of(28)),
        new Change.WrittenResolutions(OptionalInt.empty()),
        new Change.MatterRow(Matter.EXPEL_MEMBER, Optional.of(new Procedure.AtMeeting(Resolution.special("Expel")))),
        new Change.MatterRow(Matter.of("investor-rights", "Change investor rights"), Optional.empty()),
        new Change.Entrench(Clause.OBJECTS, Optional.of(Entrenchment.unanimous(Clause.OBJECTS, "rule 2"))),
        new Change.Entrench(Clause.VOTING, Optional.empty()),
        new Change.AssetLockRule(Optional.of(AssetLock.statutory())),
        new Change.AssetLockRule(Optional.empty()),
        new Change.Board(Optional.of(BoardRules.builder().minSize(3).maxSize(9).generalSeats(6).build())),
        new Change.Board(Optional.empty()),
        new Change.Rotation(Optional.of(RotationRule.tableA().withMaxTerm(3).withTermLimit(TermLimit.of(3, 1)))),
        new Change.Rotation(Optional.empty()),
        new Change.BoardMeetings(Optional.of(QuorumRule.majorityOfMembers()), true),
        new Change.BoardMeetings(Optional.empty(), false),
        new Change.Surplus(Optional.of(SurplusRule.mondragon())),
        new Change.Surplus(Optional.empty()));
  }

  /** A small constitution as first adopted, for the examples. */
  static Constitution example() {
    return Constitution.builder()
        .name("Brook Road Community Hub")
        .type(OrganisationType.COMMUNITY_BENEFIT_SOCIETY)
        .objects("To run the school, the library and the homes on the Brook Road site for the community")
        .inForceFrom(LocalDate.of(2024, 4, 1))
        .membership(MembershipRules.of(ClassPolicy.SEVERAL_CLASSES,
            StakeholderClass.of(ClassId.of("residents"), "Residents",
                Eligibility.residentIn("Brook ward")),
            StakeholderClass.of(ClassId.of("staff"), "Staff",
                Eligibility.employedAtLeastHours(Fraction.of(8)))))
        .areaOfBenefit("Brook ward")
        .investorClasses(ImmutableSortedSet.of())
        .staffClasses(ImmutableSortedSet.of(ClassId.of("staff")))
        .voting(VotingRules.oneMemberOneVote())
        .generalMeetings(MeetingRules.builder().notice(NoticeRule.clearDays(14))
            .quorum(QuorumRule.greaterOf(QuorumRule.members(10), QuorumRule.fractionOfMembers(Fraction.of(1, 10))))
            .build())
        .putMatters(Matter.AMEND_RULES, new Procedure.AtMeeting(Resolution.special("Amend the rules")))
        .putMatters(Matter.DISSOLVE, new Procedure.ByInstrument(Fraction.of(3, 4), "CCBS Act 2014 s.119"))
        .assetLock(AssetLock.statutory())
        .addEntrenched(Entrenchment.unchangeable(Clause.ASSET_LOCK, "SI 2006/264"))
        .board(BoardRules.builder().minSize(5).maxSize(9)
            .addReserved(new ReservedSeats(ClassId.of("residents"), 4), new ReservedSeats(ClassId.of("staff"), 1)).build())
        .rotation(RotationRule.tableA())
        .boardQuorum(QuorumRule.members(3))
        .build();
  }
}
