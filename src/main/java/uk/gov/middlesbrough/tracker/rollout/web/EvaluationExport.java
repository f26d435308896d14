package uk.gov.middlesbrough.tracker.rollout.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.rollout.DifferenceInDifferences;
import uk.gov.middlesbrough.tracker.rollout.evaluation.Evaluation;
import uk.gov.middlesbrough.tracker.rollout.evaluation.Evaluation.Phase;
import uk.gov.middlesbrough.tracker.rollout.evaluation.LocalityEvaluation;

/**
 * An evaluation's two tables as downloads, for a paper to the panel: the figures by period ({@code table=periods}) and
 * the averages before and after with the difference-in-differences ({@code table=summary}). Figures are rounded to two places;
 * a withheld one (or an average or change made from one) is written as withheld, never as its value.
 */
record EvaluationExport(LocalityEvaluation evaluated, int threshold, MessageSource messages, Locale locale) {

	ExportTable table(String table) {
		return switch (table) {
			case "periods" -> periods();
			case "summary" -> summary();
			default -> throw new uk.gov.middlesbrough.tracker.exporting.UnknownExportFormat(table);
		};
	}

	private ExportTable periods() {
		String locality = evaluated.locality().name();
		ExportTable table = new ExportTable(text("rollout.evaluation.export.periods", locality), List.of(
				text("rollout.evaluation.periods.period"), text("rollout.evaluation.periods.phase"),
				locality, text("rollout.evaluation.comparators")));
		Evaluation evaluation = evaluated.evaluation();
		int months = evaluated.measure().periodMonths();
		for (Evaluation.Period period : evaluation == null ? List.<Evaluation.Period>of() : evaluation.periods()) {
			table.row(EvaluationReport.name(period.start(), months), text("rollout.evaluation.phase." + period.phase()),
					figure(period.locality(), period.localityWithheld()), figure(period.comparators(), period.comparatorsWithheld()));
		}
		return table;
	}

	private ExportTable summary() {
		ExportTable table = new ExportTable(text("rollout.evaluation.export.summary", evaluated.locality().name()), List.of(
				"", text("rollout.evaluation.table.before"), text("rollout.evaluation.table.after"),
				text("rollout.evaluation.table.change")));
		if (!evaluated.estimated()) {
			return table;
		}
		Evaluation evaluation = evaluated.evaluation();
		DifferenceInDifferences did = evaluation.estimate();
		boolean localityBefore = evaluation.withheld(Phase.BEFORE, true);
		boolean localityAfter = evaluation.withheld(Phase.AFTER, true);
		boolean comparatorsBefore = evaluation.withheld(Phase.BEFORE, false);
		boolean comparatorsAfter = evaluation.withheld(Phase.AFTER, false);
		table.row(evaluated.locality().name(), figure(did.treatedBefore(), localityBefore),
				figure(did.treatedAfter(), localityAfter), figure(did.treatedChange(), localityBefore || localityAfter));
		table.row(text("rollout.evaluation.comparators"), figure(did.comparatorBefore(), comparatorsBefore),
				figure(did.comparatorAfter(), comparatorsAfter), figure(did.comparatorChange(), comparatorsBefore || comparatorsAfter));
		table.row(text("rollout.evaluation.table.did"), null, null, figure(did.estimate(), evaluation.estimateWithheld()));
		return table;
	}

	private Object figure(Double value, boolean withheld) {
		if (value == null) {
			return null;
		}
		return withheld ? text("rollout.figure.withheld", threshold) : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
