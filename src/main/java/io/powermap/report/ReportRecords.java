package io.powermap.report;

import io.powermap.analysis.AnalysisRecords.Analysis;
import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.Rank;
import io.powermap.domain.Vocabulary.Stance;
import io.powermap.visit.VisitRecords.SubMap;

import java.util.List;

/** The account map report as data: what {@link ReportRenderer} prints. */
public final class ReportRecords {

    private ReportRecords() {}

    /** The cover page's numbers. */
    public record Overview(int people, int orgs, int influenceTies, int formalLines, int decisionChain, int coaches,
                           int blockers, int hidden, int redFlags) {}

    /** One person as listed on a map page. */
    public record Row(String id, String name, String title, Rank rank, DecisionRole role, Stance stance, String org,
                      List<String> owners) {}

    /** An org (or the people without one) as one node of the overview map. */
    public record Group(String id, String name, int people, int tiesInside, int tiesOut) {}

    /**
     * One page of the detailed map, never more than {@link ReportLayout#PER_PAGE} people: an org's
     * subtree, several small sibling orgs packed together ({@code title} null, {@code orgNames}
     * theirs; {@code several}: the table names each person's org), or part {@code part} of
     * {@code parts} of a big org's own members. {@code path}: the org's path, or the siblings' parent's.
     */
    public record Section(List<String> orgNames, String title, List<String> path, int part, int parts, boolean several,
                          List<Row> people, SubMap map) {}

    public record Report(String accountId, String accountName, String opportunityName, String generatedAt,
                         Overview overview, SubMap overviewMap, List<Group> groups, List<Section> sections,
                         Analysis analysis) {}
}
