package uk.gov.middlesbrough.tracker.pack;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.caseload.PostFigures;
import uk.gov.middlesbrough.tracker.dashboard.LocalityDashboard;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.indicator.IndicatorSeries;
import uk.gov.middlesbrough.tracker.plan.PlanSummary;
import uk.gov.middlesbrough.tracker.scrutiny.TrackerPage;
import uk.gov.middlesbrough.tracker.scrutiny.TrackerRow;
import uk.gov.middlesbrough.tracker.survey.QuestionTrend;
import uk.gov.middlesbrough.tracker.survey.ResultRow;

/** The pack's tables, for the ZIP as CSV and XLSX: the same figures the PDF shows. */
@Component
class PackTables {

	private final MessageSource messages;

	PackTables(MessageSource messages) {
		this.messages = messages;
	}

	List<ExportTable> of(PackContent content) {
		return List.of(plans(content), escalations(content), indicators(content), surveys(content), caseloads(content),
				recommendations(content));
	}

	private ExportTable escalations(PackContent content) {
		ExportTable table = new ExportTable("Escalations to DIG", List.of(text("export.locality"), text("pdf.escalations.kind"),
				text("pdf.escalations.item"), text("pdf.escalations.why"), text("pdf.escalations.raised")));
		for (LocalityDashboard dashboard : content.dashboards()) {
			dashboard.escalations().forEach(item -> table.row(dashboard.locality().name(),
					text(item.escalation().kind().messageKey()), item.escalation().subject(), item.escalation().reason(),
					item.raised() ? item.latestMark().raisedOn() : null));
		}
		return table;
	}

	private ExportTable plans(PackContent content) {
		ExportTable table = new ExportTable("Action plans", List.of(text("export.locality"), text("plan.col.plan"),
				text("export.completionPercent"), text("rag.NOT_STARTED"), text("rag.GREEN"), text("rag.AMBER"), text("rag.RED"),
				text("rag.COMPLETE"), text("plan.col.review"), text("export.lastReviewed")));
		for (LocalityDashboard dashboard : content.dashboards()) {
			for (PlanSummary plan : dashboard.plans().plans()) {
				table.row(dashboard.locality().name(), plan.title(),
						plan.completion() == null ? null : Math.round(plan.completion() * 10) / 10.0,
						plan.ragCounts().notStarted(), plan.ragCounts().green(), plan.ragCounts().amber(), plan.ragCounts().red(),
						plan.ragCounts().complete(), text(plan.reviewStatus().messageKey()), plan.lastReviewed());
			}
		}
		return table;
	}

	private ExportTable indicators(PackContent content) {
		ExportTable table = new ExportTable("PMF indicators", List.of(text("export.locality"), text("dashboard.col.indicator"),
				text("dashboard.col.period"), text("dashboard.col.value"), text("dashboard.col.target"),
				text("dashboard.col.againstTarget"), text("dashboard.col.direction"), text("pack.col.source")));
		for (LocalityDashboard dashboard : content.dashboards()) {
			for (IndicatorSeries item : dashboard.indicators()) {
				var latest = item.series().latest();
				table.row(dashboard.locality().name(), item.indicator().name(), latest.period(), latest.value(),
						item.indicator().target(), text(item.series().targetCheck().status().messageKey()),
						text(item.series().direction().messageKey()), latest.sourceReference());
			}
		}
		return table;
	}

	private ExportTable surveys(PackContent content) {
		ExportTable table = new ExportTable("Resident surveys", List.of(text("export.locality"), text("pack.col.question"),
				text("survey.col.wave"), text("survey.col.date"), text("pack.col.percent"), text("survey.col.respondents")));
		for (LocalityDashboard dashboard : content.dashboards()) {
			if (dashboard.surveys() == null) {
				continue;
			}
			for (QuestionTrend trend : dashboard.surveys().trends()) {
				for (ResultRow row : trend.recorded()) {
					table.row(dashboard.locality().name(), trend.question().text(), row.wave().name(), row.wave().fieldworkDate(),
							row.percent().value(), row.respondents());
				}
			}
		}
		return table;
	}

	private ExportTable caseloads(PackContent content) {
		ExportTable table = new ExportTable("Caseloads", List.of(text("export.locality"), text("caseload.col.post"),
				text("pack.col.role"), text("caseload.col.children"), text("caseload.col.families"), text("caseload.col.underSix"),
				text("caseload.col.date"), text("caseload.col.threshold")));
		for (LocalityDashboard dashboard : content.dashboards()) {
			if (dashboard.caseloads() == null) {
				continue;
			}
			for (PostFigures post : dashboard.caseloads().latest()) {
				table.row(dashboard.locality().name(), post.label(), text(post.role().messageKey()), post.figures().children(),
						post.figures().families(), post.figures().childrenUnderSixMonths(), post.snapshotDate(),
						messages.getMessage(post.flag().messageKey(), post.flag().args(), LocaleContextHolder.getLocale()));
			}
		}
		return table;
	}

	private ExportTable recommendations(PackContent content) {
		ExportTable table = new ExportTable("Scrutiny recommendations", List.of(text("pack.col.review"), text("pack.col.reference"),
				text("pack.col.recommendation"), text("pack.col.responsible"), text("pack.col.timescale"), text("pack.col.status"),
				text("pack.col.flags")));
		for (TrackerPage tracker : content.trackers()) {
			for (TrackerRow row : tracker.rows()) {
				table.row(tracker.review().topic(), row.reference(), row.text(), row.response().responsiblePost(),
						row.response().timescaleText(), text(row.status().messageKey()),
						String.join("; ", row.flags().stream().map(flag -> text(flag.kind().messageKey())).toList()));
			}
		}
		return table;
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
