package org.commonweal.governance.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.commonweal.governance.meeting.AdjournmentRule;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.NoticeRule;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.CountedBy;
import org.commonweal.governance.resolution.RatioThreshold;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.TieRule;
import org.commonweal.governance.resolution.TwoMeetingResolution;
import org.commonweal.governance.resolution.VoteBase;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.ClassShares;
import org.commonweal.governance.voting.DelegationRules;
import org.commonweal.governance.voting.VoteBasis;
import org.commonweal.governance.voting.VotingRules;

/**
 * The rules a constitution composes from the packages below it, each as a part of the constitution
 * document: meeting rules with their quorum rule trees, resolutions with their conditions and tie rules,
 * voting rights, and the board's composition and rotation. Each rule tree is written node by node, each
 * node naming its record, and rebuilt with the records' own constructors, so that the tree read back is
 * the tree written.
 */
final class RulesCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern SEEDED = Pattern.compile("seeded lot \\(seed (-?[0-9]+)\\)");
  private static final Pattern FIXED = Pattern.compile("fixed order \\[(.*)\\]");

  private RulesCodec() {}

  // ---- Meetings ------------------------------------------------------------------------------

  static ObjectNode meetingRules(MeetingRules rules) {
    ObjectNode o = NODES.objectNode();
    ObjectNode notice = o.putObject("notice");
    notice.put("clearDays", rules.notice().clearDays());
    rules.notice().shortNoticeConsent().ifPresent(q -> notice.set("shortNoticeConsent", quorum(q)));
    o.set("quorum", quorum(rules.quorum()));
    rules.adjournment().ifPresent(a -> {
      ObjectNode adj = o.putObject("adjournment");
      adj.put("waitFor", a.waitFor().toString());
      adj.set("adjournedQuorum", quorum(a.adjournedQuorum()));
      a.longAdjournmentDays().ifPresent(d -> adj.put("longAdjournmentDays", d));
      adj.put("longAdjournmentNoticeDays", a.longAdjournmentNoticeDays());
    });
    ProxyRules p = rules.proxies();
    ObjectNode proxies = o.putObject("proxies");
    proxies.put("allowed", p.allowed());
    p.maxPerHolder().ifPresent(n -> proxies.put("maxPerHolder", n));
    p.lodgingDeadline().ifPresent(d -> proxies.put("lodgingDeadline", d.toString()));
    p.revocationDeadline().ifPresent(d -> proxies.put("revocationDeadline", d.toString()));
    proxies.put("discretionaryAllowed", p.discretionaryAllowed());
    proxies.put("countForQuorum", p.countForQuorum());
    proxies.put("holderMustBeMember", p.holderMustBeMember());
    proxies.put("showOfHands", p.showOfHands().name());
    rules.requisition().ifPresent(q -> o.set("requisition", quorum(q)));
    rules.pollDemand().ifPresent(q -> o.set("pollDemand", quorum(q)));
    return o;
  }

  static MeetingRules meetingRules(In in) {
    in.fields("notice", "quorum", "adjournment", "proxies", "requisition", "pollDemand");
    NoticeRule notice = notice(in.field("notice"));
    QuorumRule quorum = quorum(in.field("quorum"));
    Optional<AdjournmentRule> adjournment = in.optional("adjournment").map(RulesCodec::adjournment);
    ProxyRules proxies = proxies(in.field("proxies"));
    Optional<QuorumRule> requisition = in.optional("requisition").map(RulesCodec::quorum);
    Optional<QuorumRule> pollDemand = in.optional("pollDemand").map(RulesCodec::quorum);
    return in.build(() -> MeetingRules.builder().notice(notice).quorum(quorum).adjournment(adjournment)
        .proxies(proxies).requisition(requisition).pollDemand(pollDemand).build());
  }

  private static NoticeRule notice(In in) {
    in.fields("clearDays", "shortNoticeConsent");
    int days = in.field("clearDays").integer();
    Optional<QuorumRule> consent = in.optional("shortNoticeConsent").map(RulesCodec::quorum);
    return in.build(() -> {
      NoticeRule rule = NoticeRule.clearDays(days);
      return consent.isPresent() ? rule.withShortNoticeConsent(consent.get()) : rule;
    });
  }

  private static AdjournmentRule adjournment(In in) {
    in.fields("waitFor", "adjournedQuorum", "longAdjournmentDays", "longAdjournmentNoticeDays");
    Duration waitFor = in.field("waitFor").duration();
    QuorumRule quorum = quorum(in.field("adjournedQuorum"));
    Optional<Integer> longDays = in.optional("longAdjournmentDays").map(In::integer);
    int noticeDays = in.field("longAdjournmentNoticeDays").integer();
    return in.build(() -> {
      AdjournmentRule.Builder b = AdjournmentRule.builder().waitFor(waitFor).adjournedQuorum(quorum)
          .longAdjournmentNoticeDays(noticeDays);
      longDays.ifPresent(b::longAdjournmentDays);
      return b.build();
    });
  }

  private static ProxyRules proxies(In in) {
    in.fields("allowed", "maxPerHolder", "lodgingDeadline", "revocationDeadline", "discretionaryAllowed",
        "countForQuorum", "holderMustBeMember", "showOfHands");
    boolean allowed = in.field("allowed").bool();
    Optional<Integer> max = in.optional("maxPerHolder").map(In::integer);
    Optional<Duration> lodging = in.optional("lodgingDeadline").map(In::duration);
    Optional<Duration> revocation = in.optional("revocationDeadline").map(In::duration);
    boolean discretionary = in.field("discretionaryAllowed").bool();
    boolean countForQuorum = in.field("countForQuorum").bool();
    boolean holderMustBeMember = in.field("holderMustBeMember").bool();
    ProxyRules.ShowOfHands hands = in.field("showOfHands").constant(ProxyRules.ShowOfHands.class);
    return in.build(() -> {
      ProxyRules.Builder b = ProxyRules.builder().allowed(allowed).lodgingDeadline(lodging)
          .revocationDeadline(revocation).discretionaryAllowed(discretionary).countForQuorum(countForQuorum)
          .holderMustBeMember(holderMustBeMember).showOfHands(hands);
      max.ifPresent(b::maxPerHolder);
      return b.build();
    });
  }

  /** Writes a quorum rule tree node by node, each with its {@code "quorum"}. */
  static ObjectNode quorum(QuorumRule rule) {
    ObjectNode o = NODES.objectNode();
    if (rule instanceof QuorumRule.Members r) {
      o.put("quorum", "members");
      o.put("n", r.n());
    } else if (rule instanceof QuorumRule.Persons r) {
      o.put("quorum", "persons");
      o.put("n", r.n());
    } else if (rule instanceof QuorumRule.FractionOfMembers r) {
      fractionRule(o, "fractionOfMembers", r.fraction(), r.strict());
    } else if (rule instanceof QuorumRule.FractionOfVotes r) {
      fractionRule(o, "fractionOfVotes", r.fraction(), r.strict());
    } else if (rule instanceof QuorumRule.FractionOfPaidUpCapital r) {
      fractionRule(o, "fractionOfPaidUpCapital", r.fraction(), r.strict());
    } else if (rule instanceof QuorumRule.SquareRootOfMembers r) {
      o.put("quorum", "squareRootOfMembers");
      o.put("k", r.k().toString());
    } else if (rule instanceof QuorumRule.GreaterOf r) {
      o.put("quorum", "greaterOf");
      ArrayNode parts = o.putArray("parts");
      r.parts().forEach(p -> parts.add(quorum(p)));
    } else if (rule instanceof QuorumRule.LesserOf r) {
      o.put("quorum", "lesserOf");
      ArrayNode parts = o.putArray("parts");
      r.parts().forEach(p -> parts.add(quorum(p)));
    } else if (rule instanceof QuorumRule.Tiered r) {
      o.put("quorum", "tiered");
      ArrayNode tiers = o.putArray("tiers");
      for (QuorumRule.Tiered.Tier t : r.tiers()) {
        ObjectNode tier = tiers.addObject();
        tier.put("maxMembers", t.maxMembers());
        tier.set("rule", quorum(t.rule()));
      }
      o.set("otherwise", quorum(r.otherwise()));
    } else if (rule instanceof QuorumRule.InClass r) {
      o.put("quorum", "inClass");
      o.put("classId", r.classId().value());
      o.set("rule", quorum(r.rule()));
    } else if (rule instanceof QuorumRule.InEachClass r) {
      o.put("quorum", "inEachClass");
      o.set("rule", quorum(r.rule()));
    } else {
      o.put("quorum", "thosePresent");
    }
    return o;
  }

  private static void fractionRule(ObjectNode o, String name, Fraction fraction, boolean strict) {
    o.put("quorum", name);
    o.put("fraction", fraction.toString());
    o.put("strict", strict);
  }

  static QuorumRule quorum(In in) {
    String kind = in.field("quorum").text();
    return switch (kind) {
      case "members" -> {
        in.fields("quorum", "n");
        long n = in.field("n").whole();
        yield in.build(() -> new QuorumRule.Members(n));
      }
      case "persons" -> {
        in.fields("quorum", "n");
        long n = in.field("n").whole();
        yield in.build(() -> new QuorumRule.Persons(n));
      }
      case "fractionOfMembers" -> {
        in.fields("quorum", "fraction", "strict");
        Fraction f = in.field("fraction").fraction();
        boolean strict = in.field("strict").bool();
        yield in.build(() -> new QuorumRule.FractionOfMembers(f, strict));
      }
      case "fractionOfVotes" -> {
        in.fields("quorum", "fraction", "strict");
        Fraction f = in.field("fraction").fraction();
        boolean strict = in.field("strict").bool();
        yield in.build(() -> new QuorumRule.FractionOfVotes(f, strict));
      }
      case "fractionOfPaidUpCapital" -> {
        in.fields("quorum", "fraction", "strict");
        Fraction f = in.field("fraction").fraction();
        boolean strict = in.field("strict").bool();
        yield in.build(() -> new QuorumRule.FractionOfPaidUpCapital(f, strict));
      }
      case "squareRootOfMembers" -> {
        in.fields("quorum", "k");
        Fraction k = in.field("k").fraction();
        yield in.build(() -> new QuorumRule.SquareRootOfMembers(k));
      }
      case "greaterOf" -> {
        in.fields("quorum", "parts");
        ImmutableList<QuorumRule> parts = in.field("parts").list(RulesCodec::quorum);
        yield in.build(() -> new QuorumRule.GreaterOf(parts));
      }
      case "lesserOf" -> {
        in.fields("quorum", "parts");
        ImmutableList<QuorumRule> parts = in.field("parts").list(RulesCodec::quorum);
        yield in.build(() -> new QuorumRule.LesserOf(parts));
      }
      case "tiered" -> {
        in.fields("quorum", "tiers", "otherwise");
        ImmutableList<QuorumRule.Tiered.Tier> tiers = in.field("tiers").list(RulesCodec::tier);
        QuorumRule otherwise = quorum(in.field("otherwise"));
        yield in.build(() -> new QuorumRule.Tiered(tiers, otherwise));
      }
      case "inClass" -> {
        in.fields("quorum", "classId", "rule");
        ClassId c = RegisterCodec.classId(in.field("classId"));
        QuorumRule rule = quorum(in.field("rule"));
        yield in.build(() -> new QuorumRule.InClass(c, rule));
      }
      case "inEachClass" -> {
        in.fields("quorum", "rule");
        QuorumRule rule = quorum(in.field("rule"));
        yield in.build(() -> new QuorumRule.InEachClass(rule));
      }
      case "thosePresent" -> {
        in.fields("quorum");
        yield new QuorumRule.ThosePresent();
      }
      default -> throw in.field("quorum").error("unknown quorum rule; expected members, persons, fractionOfMembers,"
          + " fractionOfVotes, fractionOfPaidUpCapital, squareRootOfMembers, greaterOf, lesserOf, tiered, inClass,"
          + " inEachClass or thosePresent");
    };
  }

  private static QuorumRule.Tiered.Tier tier(In in) {
    in.fields("maxMembers", "rule");
    int max = in.field("maxMembers").integer();
    QuorumRule rule = quorum(in.field("rule"));
    return in.build(() -> new QuorumRule.Tiered.Tier(max, rule));
  }

  // ---- Resolutions ---------------------------------------------------------------------------

  static ObjectNode resolution(Resolution r) {
    ObjectNode o = NODES.objectNode();
    o.put("title", r.title());
    o.put("kind", r.kind().name());
    ArrayNode conditions = o.putArray("conditions");
    r.conditions().forEach(c -> conditions.add(condition(c)));
    o.set("tieRule", tieRule(r.tieRule()));
    ArrayNode notes = o.putArray("notes");
    r.notes().forEach(notes::add);
    return o;
  }

  static Resolution resolution(In in) {
    in.fields("title", "kind", "conditions", "tieRule", "notes");
    String title = in.field("title").text();
    Resolution.Kind kind = in.field("kind").constant(Resolution.Kind.class);
    ImmutableList<Condition> conditions = in.field("conditions").list(RulesCodec::condition);
    TieRule tie = tieRule(in.field("tieRule"));
    ImmutableList<String> notes = in.field("notes").list(In::text);
    return in.build(() -> Resolution.builder().title(title).kind(kind).conditions(conditions).tieRule(tie)
        .notes(notes).build());
  }

  static ObjectNode twoMeetings(TwoMeetingResolution r) {
    ObjectNode o = NODES.objectNode();
    o.put("title", r.title());
    o.set("first", resolution(r.first()));
    o.set("second", resolution(r.second()));
    r.earliestAfter().ifPresent(p -> o.put("earliestAfter", p.toString()));
    r.latestAfter().ifPresent(p -> o.put("latestAfter", p.toString()));
    return o;
  }

  static TwoMeetingResolution twoMeetings(In in) {
    in.fields("title", "first", "second", "earliestAfter", "latestAfter");
    String title = in.field("title").text();
    Resolution first = resolution(in.field("first"));
    Resolution second = resolution(in.field("second"));
    Optional<Period> earliest = in.optional("earliestAfter").map(In::period);
    Optional<Period> latest = in.optional("latestAfter").map(In::period);
    return in.build(() -> TwoMeetingResolution.of(title, first, second, earliest, latest));
  }

  /** Writes a condition with its {@code "condition"}: threshold, ratio, inEachClass, inClass, participation. */
  static ObjectNode condition(Condition c) {
    ObjectNode o = NODES.objectNode();
    if (c instanceof Threshold t) {
      o.put("condition", "threshold");
      thresholdFields(o, t);
    } else if (c instanceof RatioThreshold r) {
      o.put("condition", "ratio");
      o.put("ratio", r.ratio().toString());
      o.put("strict", r.strict());
      o.put("countedBy", r.countedBy().name());
    } else if (c instanceof Condition.InEachClass r) {
      o.put("condition", "inEachClass");
      thresholdFields(o.putObject("threshold"), r.threshold());
    } else if (c instanceof Condition.InClass r) {
      o.put("condition", "inClass");
      o.put("classId", r.classId().value());
      thresholdFields(o.putObject("threshold"), r.threshold());
    } else {
      Condition.Participation p = (Condition.Participation) c;
      o.put("condition", "participation");
      ArrayNode counted = o.putArray("counted");
      p.counted().forEach(x -> counted.add(x.name()));
      o.set("rule", quorum(p.rule()));
    }
    return o;
  }

  private static final String[] THRESHOLD =
      {"fraction", "strict", "base", "countedBy", "abstentionsCounted", "spoiltCounted"};

  private static void thresholdFields(ObjectNode o, Threshold t) {
    o.put("fraction", t.fraction().toString());
    o.put("strict", t.strict());
    o.put("base", t.base().name());
    o.put("countedBy", t.countedBy().name());
    o.put("abstentionsCounted", t.abstentionsCounted());
    o.put("spoiltCounted", t.spoiltCounted());
  }

  /** Reads the fields of a threshold; the caller has checked that the object holds no others. */
  private static Threshold threshold(In in) {
    Fraction f = in.field("fraction").fraction();
    boolean strict = in.field("strict").bool();
    VoteBase base = in.field("base").constant(VoteBase.class);
    CountedBy by = in.field("countedBy").constant(CountedBy.class);
    boolean abstentions = in.field("abstentionsCounted").bool();
    boolean spoilt = in.field("spoiltCounted").bool();
    return in.build(() -> new Threshold(f, strict, base, by, abstentions, spoilt));
  }

  private static String[] with(String first, String... rest) {
    String[] out = new String[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }

  static Condition condition(In in) {
    String kind = in.field("condition").text();
    return switch (kind) {
      case "threshold" -> {
        in.fields(with("condition", THRESHOLD));
        yield threshold(in);
      }
      case "ratio" -> {
        in.fields("condition", "ratio", "strict", "countedBy");
        Fraction ratio = in.field("ratio").fraction();
        boolean strict = in.field("strict").bool();
        CountedBy by = in.field("countedBy").constant(CountedBy.class);
        yield in.build(() -> new RatioThreshold(ratio, strict, by));
      }
      case "inEachClass" -> {
        in.fields("condition", "threshold");
        Threshold t = threshold(in.field("threshold").fields(THRESHOLD));
        yield in.build(() -> new Condition.InEachClass(t));
      }
      case "inClass" -> {
        in.fields("condition", "classId", "threshold");
        ClassId c = RegisterCodec.classId(in.field("classId"));
        Threshold t = threshold(in.field("threshold").fields(THRESHOLD));
        yield in.build(() -> new Condition.InClass(c, t));
      }
      case "participation" -> {
        in.fields("condition", "counted", "rule");
        ImmutableList<Choice> counted = in.field("counted").distinct(e -> e.constant(Choice.class));
        QuorumRule rule = quorum(in.field("rule"));
        yield in.build(() -> new Condition.Participation(ImmutableSet.copyOf(counted), rule));
      }
      default -> throw in.field("condition").error(
          "unknown condition; expected threshold, ratio, inEachClass, inClass or participation");
    };
  }

  /**
   * Writes a tie rule with its {@code "tie"}. A lot's tie-breaker is written as what it is: the order
   * given, a seed, or a fixed order of the choices for and against; any other tie-breaker could not be
   * read back as an equal value, and is refused.
   */
  static ObjectNode tieRule(TieRule rule) {
    ObjectNode o = NODES.objectNode();
    if (rule instanceof TieRule.ByThreshold) {
      o.put("tie", "byThreshold");
    } else if (rule instanceof TieRule.Lost) {
      o.put("tie", "lost");
    } else if (rule instanceof TieRule.CastingVote) {
      o.put("tie", "castingVote");
    } else if (rule instanceof TieRule.StatusQuo r) {
      o.put("tie", "statusQuo");
      o.put("side", r.side().name());
    } else {
      o.put("tie", "lot");
      o.set("tieBreaker", tieBreaker(((TieRule.Lot) rule).tieBreaker()));
    }
    return o;
  }

  private static ObjectNode tieBreaker(TieBreaker t) {
    ObjectNode o = NODES.objectNode();
    if (t.equals(TieBreaker.givenOrder())) {
      o.put("lot", "givenOrder");
      return o;
    }
    // The tie-breaker shows what it is only in its description; each reading is checked by rebuilding it.
    Matcher seeded = SEEDED.matcher(t.description());
    if (seeded.matches()) {
      long seed = Long.parseLong(seeded.group(1));
      if (TieBreaker.seeded(seed).equals(t)) {
        o.put("lot", "seeded");
        o.put("seed", seed);
        return o;
      }
    }
    Matcher fixed = FIXED.matcher(t.description());
    if (fixed.matches()) {
      List<Choice> order = new ArrayList<>();
      for (String name : fixed.group(1).split(", ", -1)) {
        for (Choice c : Choice.values()) {
          if (c.toString().equals(name)) {
            order.add(c);
          }
        }
      }
      if (TieBreaker.fixedOrder(order).equals(t)) {
        o.put("lot", "fixedOrder");
        ArrayNode items = o.putArray("order");
        order.forEach(c -> items.add(c.name()));
        return o;
      }
    }
    throw new IllegalArgumentException("the tie-breaker (" + t.description() + ") cannot be stored: a stored lot is"
        + " the order given, a seeded lot, or a fixed order of the choices");
  }

  static TieRule tieRule(In in) {
    String kind = in.field("tie").text();
    return switch (kind) {
      case "byThreshold" -> {
        in.fields("tie");
        yield TieRule.byThreshold();
      }
      case "lost" -> {
        in.fields("tie");
        yield TieRule.lost();
      }
      case "castingVote" -> {
        in.fields("tie");
        yield TieRule.castingVote();
      }
      case "statusQuo" -> {
        in.fields("tie", "side");
        Choice side = in.field("side").constant(Choice.class);
        yield in.build(() -> TieRule.statusQuo(side));
      }
      case "lot" -> {
        in.fields("tie", "tieBreaker");
        TieBreaker t = tieBreaker(in.field("tieBreaker"));
        yield in.build(() -> TieRule.lot(t));
      }
      default -> throw in.field("tie").error("unknown tie rule; expected byThreshold, lost, castingVote, statusQuo or lot");
    };
  }

  private static TieBreaker tieBreaker(In in) {
    String kind = in.field("lot").text();
    return switch (kind) {
      case "givenOrder" -> {
        in.fields("lot");
        yield TieBreaker.givenOrder();
      }
      case "seeded" -> {
        in.fields("lot", "seed");
        yield TieBreaker.seeded(in.field("seed").whole());
      }
      case "fixedOrder" -> {
        in.fields("lot", "order");
        ImmutableList<Choice> order = in.field("order").distinct(e -> e.constant(Choice.class));
        yield in.build(() -> TieBreaker.fixedOrder(order));
      }
      default -> throw in.field("lot").error("unknown lot; expected givenOrder, seeded or fixedOrder");
    };
  }

  // ---- Voting rights -------------------------------------------------------------------------

  static ObjectNode voting(VotingRules v) {
    ObjectNode o = NODES.objectNode();
    o.put("basis", v.basis().name());
    v.maxVotesPerMember().ifPresent(n -> o.put("maxVotesPerMember", n));
    v.organisationBasis().ifPresent(b -> o.put("organisationBasis", b.name()));
    v.maxVotesPerOrganisation().ifPresent(n -> o.put("maxVotesPerOrganisation", n));
    ArrayNode nonVoting = o.putArray("nonVotingClasses");
    v.nonVotingClasses().forEach(c -> nonVoting.add(c.value()));
    ArrayNode nonVotingShares = o.putArray("nonVotingShareClasses");
    v.nonVotingShareClasses().forEach(nonVotingShares::add);
    v.classShares().ifPresent(cs -> {
      ObjectNode shares = o.putObject("classShares");
      shares.set("shares", classFractions(cs.shares(), "share"));
      shares.put("whenClassAbsent", cs.whenClassAbsent().name());
    });
    o.set("classCaps", classFractions(v.classCaps(), "cap"));
    v.delegation().ifPresent(d -> {
      ObjectNode del = o.putObject("delegation");
      d.maxHeld().ifPresent(n -> del.put("maxHeld", n));
      del.put("withinClassOnly", d.withinClassOnly());
    });
    return o;
  }

  private static ArrayNode classFractions(Map<ClassId, Fraction> map, String name) {
    ArrayNode out = NODES.arrayNode();
    map.forEach((c, f) -> {
      ObjectNode e = out.addObject();
      e.put("classId", c.value());
      e.put(name, f.toString());
    });
    return out;
  }

  private static Map<ClassId, Fraction> classFractions(In in, String name) {
    Map<ClassId, Fraction> out = new LinkedHashMap<>();
    for (In e : in.elements()) {
      e.fields("classId", name);
      ClassId c = RegisterCodec.classId(e.field("classId"));
      Fraction f = e.field(name).fraction();
      if (out.put(c, f) != null) {
        throw e.field("classId").error("a second entry for the class");
      }
    }
    return out;
  }

  static VotingRules voting(In in) {
    in.fields("basis", "maxVotesPerMember", "organisationBasis", "maxVotesPerOrganisation", "nonVotingClasses",
        "nonVotingShareClasses", "classShares", "classCaps", "delegation");
    VoteBasis basis = in.field("basis").constant(VoteBasis.class);
    Optional<Long> maxPerMember = in.optional("maxVotesPerMember").map(In::whole);
    Optional<VoteBasis> orgBasis = in.optional("organisationBasis").map(e -> e.constant(VoteBasis.class));
    Optional<Long> maxPerOrg = in.optional("maxVotesPerOrganisation").map(In::whole);
    ImmutableList<ClassId> nonVoting = in.field("nonVotingClasses").distinct(RegisterCodec::classId);
    ImmutableList<String> nonVotingShares = in.field("nonVotingShareClasses").distinct(In::text);
    Optional<ClassShares> shares = in.optional("classShares").map(RulesCodec::classShares);
    Map<ClassId, Fraction> caps = classFractions(in.field("classCaps"), "cap");
    Optional<DelegationRules> delegation = in.optional("delegation").map(RulesCodec::delegation);
    return in.build(() -> {
      VotingRules.Builder b = VotingRules.builder().basis(basis).organisationBasis(orgBasis)
          .nonVotingClasses(nonVoting).nonVotingShareClasses(nonVotingShares).classShares(shares).classCaps(caps)
          .delegation(delegation);
      maxPerMember.ifPresent(b::maxVotesPerMember);
      maxPerOrg.ifPresent(b::maxVotesPerOrganisation);
      return b.build();
    });
  }

  private static ClassShares classShares(In in) {
    in.fields("shares", "whenClassAbsent");
    Map<ClassId, Fraction> shares = classFractions(in.field("shares"), "share");
    ClassShares.Absent absent = in.field("whenClassAbsent").constant(ClassShares.Absent.class);
    return in.build(() -> ClassShares.of(shares, absent));
  }

  private static DelegationRules delegation(In in) {
    in.fields("maxHeld", "withinClassOnly");
    OptionalInt max = in.optional("maxHeld").map(e -> OptionalInt.of(e.integer())).orElse(OptionalInt.empty());
    boolean within = in.field("withinClassOnly").bool();
    return in.build(() -> {
      DelegationRules d = max.isPresent() ? DelegationRules.upTo(max.getAsInt()) : DelegationRules.unlimited();
      return within ? d.withinClass() : d;
    });
  }

  // ---- The board -----------------------------------------------------------------------------

  static ObjectNode board(BoardRules b) {
    ObjectNode o = NODES.objectNode();
    o.put("minSize", b.minSize());
    o.put("maxSize", b.maxSize());
    ArrayNode reserved = o.putArray("reserved");
    for (ReservedSeats r : b.reserved()) {
      ObjectNode e = reserved.addObject();
      e.put("classId", r.stakeholderClass().value());
      e.put("seats", r.seats());
    }
    o.put("generalSeats", b.generalSeats());
    ArrayNode appointed = o.putArray("appointed");
    for (AppointedSeats a : b.appointed()) {
      ObjectNode e = appointed.addObject();
      e.put("body", a.body());
      e.put("seats", a.seats());
    }
    ArrayNode exOfficio = o.putArray("exOfficio");
    b.exOfficio().forEach(exOfficio::add);
    o.put("maxCoopted", b.maxCoopted());
    o.put("coOptedVote", b.coOptedVote());
    ArrayNode limits = o.putArray("limits");
    for (CompositionLimit l : b.limits()) {
      ObjectNode e = limits.addObject();
      e.put("name", l.name());
      ClassId c = l.group().stakeholderClass();
      String attribute = l.group().attribute();
      if (c != null) {
        e.put("classId", c.value());
      } else if (attribute != null) {
        e.put("attribute", attribute);
      }
      e.put("bound", l.bound().name());
      e.put("fraction", l.fraction().toString());
    }
    o.put("vacancies", b.vacancies().name());
    return o;
  }

  static BoardRules board(In in) {
    in.fields("minSize", "maxSize", "reserved", "generalSeats", "appointed", "exOfficio", "maxCoopted",
        "coOptedVote", "limits", "vacancies");
    int min = in.field("minSize").integer();
    int max = in.field("maxSize").integer();
    ImmutableList<ReservedSeats> reserved = in.field("reserved").list(e -> {
      e.fields("classId", "seats");
      ClassId c = RegisterCodec.classId(e.field("classId"));
      int seats = e.field("seats").integer();
      return e.build(() -> new ReservedSeats(c, seats));
    });
    int general = in.field("generalSeats").integer();
    ImmutableList<AppointedSeats> appointed = in.field("appointed").list(e -> {
      e.fields("body", "seats");
      String body = e.field("body").text();
      int seats = e.field("seats").integer();
      return e.build(() -> new AppointedSeats(body, seats));
    });
    ImmutableList<String> exOfficio = in.field("exOfficio").list(In::text);
    int coopted = in.field("maxCoopted").integer();
    boolean coOptedVote = in.field("coOptedVote").bool();
    ImmutableList<CompositionLimit> limits = in.field("limits").list(RulesCodec::limit);
    VacancyRule vacancies = in.field("vacancies").constant(VacancyRule.class);
    return in.build(() -> BoardRules.builder().minSize(min).maxSize(max).reserved(reserved).generalSeats(general)
        .appointed(appointed).exOfficio(exOfficio).maxCoopted(coopted).coOptedVote(coOptedVote).limits(limits)
        .vacancies(vacancies).build());
  }

  private static CompositionLimit limit(In in) {
    in.fields("name", "classId", "attribute", "bound", "fraction");
    String name = in.field("name").text();
    Optional<ClassId> c = in.optional("classId").map(RegisterCodec::classId);
    Optional<String> attribute = in.optional("attribute").map(In::text);
    if (c.isPresent() == attribute.isPresent()) {
      throw in.error("a limit is on a class (classId) or on an attribute, not both or neither");
    }
    CompositionLimit.Bound bound = in.field("bound").constant(CompositionLimit.Bound.class);
    Fraction fraction = in.field("fraction").fraction();
    return in.build(() -> new CompositionLimit(name,
        c.isPresent() ? CompositionLimit.Group.ofClass(c.get()) : CompositionLimit.Group.attribute(attribute.orElseThrow()),
        bound, fraction));
  }

  static ObjectNode rotation(RotationRule r) {
    ObjectNode o = NODES.objectNode();
    o.put("fraction", r.fraction().toString());
    ArrayNode subject = o.putArray("subject");
    r.subject().forEach(k -> subject.add(k.name()));
    r.maxTerm().ifPresent(t -> o.put("maxTerm", t));
    r.termLimit().ifPresent(l -> {
      ObjectNode limit = o.putObject("termLimit");
      limit.put("maxConsecutive", l.maxConsecutive());
      limit.put("gap", l.gap());
    });
    return o;
  }

  static RotationRule rotation(In in) {
    in.fields("fraction", "subject", "maxTerm", "termLimit");
    Fraction fraction = in.field("fraction").fraction();
    ImmutableList<TermKind> subject = in.field("subject").distinct(e -> e.constant(TermKind.class));
    Optional<Integer> maxTerm = in.optional("maxTerm").map(In::integer);
    Optional<TermLimit> limit = in.optional("termLimit").map(e -> {
      e.fields("maxConsecutive", "gap");
      int most = e.field("maxConsecutive").integer();
      int gap = e.field("gap").integer();
      return e.build(() -> TermLimit.of(most, gap));
    });
    return in.build(() -> new RotationRule(fraction, ImmutableSet.copyOf(subject), maxTerm, limit));
  }
}
