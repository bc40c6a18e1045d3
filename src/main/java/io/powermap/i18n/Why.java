package io.powermap.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * Every clause a reason can be made of: its message key and its placeholders. A placeholder is
 * {@code name} (a name or a number, shown as it is) or {@code name:group} (an enum value, shown through
 * the label {@code group.VALUE}). The server formats the keys from {@code i18n/reasons_*.properties},
 * the browser from {@code web/i18n/*.json}; ReasonKeysTest checks both carry each key with exactly
 * these placeholders.
 */
public enum Why {
    HIDDEN_OFF_CHART("hidden.offChart", "name"),
    HIDDEN_LOW_FORMAL("hidden.lowFormal", "name", "rank:rank"),
    HIDDEN_NO_ROLE("hidden.noRole", "name"),
    HIDDEN_ABOVE_RANK("hidden.aboveRank", "name", "rank:rank"),
    HIDDEN_DIRECT("hidden.direct", "target", "kind:kind"),
    HIDDEN_STEPS("hidden.steps", "target", "steps", "kind:kind"),
    HIDDEN_PERCENTILES("hidden.percentiles", "decision", "formal"),
    BROKER_ROUTES("broker.routes", "name", "pct"),
    BROKER_BRIDGES("broker.bridges", "orgs"),
    COACH_DIRECT("coach.direct", "name", "stance:stance", "reaches"),
    COACH_TWO_STEPS("coach.twoSteps", "name", "stance:stance"),
    CANDIDATE_DIRECT("candidate.direct", "name", "stance:stance", "reaches"),
    CANDIDATE_TWO_STEPS("candidate.twoSteps", "name", "stance:stance"),
    CANDIDATE_DEVELOP("candidate.develop"),
    BLOCKER_OPPOSED("blocker.opposed", "name"),
    BLOCKER_ALIGNED("blocker.aligned", "name", "competitors"),
    BLOCKER_SWAYS("blocker.sways", "names"),
    FLAG_NO_COACH("flag.noCoach"),
    FLAG_NO_DECISION_CHAIN("flag.noDecisionChain"),
    FLAG_DECIDER_NOT_FAVORABLE("flag.deciderNotFavorable", "name", "role:role", "stance:stance"),
    FLAG_NO_FIRST_OWNER("flag.noFirstOwner", "name"),
    FLAG_SENIORITY_MISMATCH("flag.seniorityMismatch", "name", "rank:rank", "owner", "ownerRank:rank"),
    FLAG_NO_CONTACT_DAYS("flag.noContactDays", "name", "days"),
    FLAG_NEVER_CONTACTED("flag.neverContacted", "name"),
    PROPOSAL_INFLUENCE("proposal.influence", "name", "pct"),
    PROPOSAL_TOP("proposal.top", "name"),
    PROPOSAL_CHANNEL("proposal.channel", "target"),
    PROPOSAL_ROLE("proposal.role", "role:role"),
    PROPOSAL_HIDDEN_ROLE("proposal.hiddenRole", "role:role"),
    PROPOSAL_HIDDEN("proposal.hidden"),
    PROPOSAL_HIDDEN_OFF_CHART("proposal.hiddenOffChart"),
    PROPOSAL_STANCE("proposal.stance", "stance:stance", "gap"),
    PROPOSAL_EXTERNAL("proposal.external"),
    PROPOSAL_MATCH("proposal.match", "executive"),
    PROPOSAL_MISMATCH("proposal.mismatch", "executive", "steps"),
    PROPOSAL_OPPOSED("proposal.opposed"),
    PROPOSAL_ALIGNED("proposal.aligned", "competitors");

    /** Keys that join clauses into one sentence and items into one list, per language. */
    public static final List<String> GLUE = List.of("reason.join", "reason.end", "reason.list");

    private final String key;
    private final List<String> placeholders;

    Why(String key, String... placeholders) {
        this.key = "reason." + key;
        this.placeholders = List.of(placeholders);
    }

    public String key() {
        return key;
    }

    /** As written in the messages, e.g. {@code stance:stance}. */
    public List<String> placeholders() {
        return placeholders;
    }

    List<String> argNames() {
        return placeholders.stream().map(p -> p.split(":")[0]).toList();
    }

    public static Why ofKey(String key) {
        return Arrays.stream(values()).filter(w -> w.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reason key " + key));
    }
}
