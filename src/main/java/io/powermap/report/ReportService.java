package io.powermap.report;

import io.powermap.account.AccountRecords.Account;
import io.powermap.account.AccountRecords.OpportunitySummary;
import io.powermap.account.AccountService;
import io.powermap.analysis.AccountGraph;
import io.powermap.analysis.AnalysisRecords.Analysis;
import io.powermap.analysis.AnalysisService;
import io.powermap.report.ReportRecords.Overview;
import io.powermap.report.ReportRecords.Report;
import io.powermap.visit.BriefPdf;
import io.powermap.visit.Messages;
import io.powermap.visit.SubMapDrawing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The account map report: the account, its analysis and its map split into pages, printed as XHTML or PDF. */
public final class ReportService {

    /** Pixels per drawing unit of the maps in the PDF: sharp when printed at A4 width. */
    static final double PNG_SCALE = 2.0;

    private final AccountService accounts;
    private final AnalysisService analysis;
    private final ReportRepository repository;
    private final BriefPdf pdf;
    private final Clock clock;

    public ReportService(AccountService accounts, AnalysisService analysis, ReportRepository repository, BriefPdf pdf, Clock clock) {
        this.accounts = accounts;
        this.analysis = analysis;
        this.repository = repository;
        this.pdf = pdf;
        this.clock = clock;
    }

    public Report report(String accountId, String opportunityId, Messages m) {
        Account account = accounts.get(accountId);
        AccountGraph graph = analysis.graph(accountId, opportunityId);
        Analysis result = analysis.analyse(accountId, opportunityId);
        ReportLayout layout = new ReportLayout(graph, repository.orgs(accountId), m.get("report.unassigned"));
        ReportLayout.Overview overview = layout.overview();
        String opportunity = account.opportunityList().stream().filter(o -> o.id().equals(opportunityId))
                .map(OpportunitySummary::name).findFirst().orElse(null);
        int influence = graph.people().stream().mapToInt(p -> p.ties().size()).sum();
        int formal = (int) graph.people().stream().filter(p -> p.reportsTo() != null).count();
        Overview numbers = new Overview(graph.people().size(), graph.orgs().size(), influence, formal,
                result.coverage().members().size(), result.coaches().size(), result.blockers().size(),
                result.hidden().size(), result.coverage().redFlags().size());
        return new Report(accountId, account.name(), opportunity, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(),
                numbers, overview.map(), overview.groups(), layout.sections(), result);
    }

    /** The report as a page: the maps as inline SVG, the stylesheet linked. */
    public String html(String accountId, String opportunityId, String lang) {
        Messages m = Messages.of(lang);
        return new ReportRenderer(m).html(report(accountId, opportunityId, m));
    }

    /** The report as an A4 PDF: every map drawn as a PNG by the brief's drawing code, the fonts embedded. */
    public byte[] pdf(String accountId, String opportunityId, String lang) {
        Messages m = Messages.of(lang);
        Report report = report(accountId, opportunityId, m);
        return pdf.print(fonts -> new ReportRenderer(m).xhtmlForPdf(report, map -> SubMapDrawing.png(map, fonts, PNG_SCALE)));
    }
}
