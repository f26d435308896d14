package uk.gov.middlesbrough.tracker.survey;

import java.time.LocalDate;
import java.util.List;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.ImportCounts;
import uk.gov.middlesbrough.tracker.importing.ImportKind;
import uk.gov.middlesbrough.tracker.importing.RowError;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.survey.QuestionTrend.Figure;

/**
 * A survey results file checked against the database: every row's problems, or (when there are none) what
 * each row would do and the waves the import would create.
 */
record SurveyImportCheck(List<RowError> errors, List<PlannedRow> rows, List<NewWave> newWaves) implements ImportKind.Checked {

	ImportCounts counts() {
		int added = (int) rows.stream().filter(row -> row.change() == ChangeKind.NEW).count();
		int corrected = (int) rows.stream().filter(row -> row.change() == ChangeKind.CORRECTED).count();
		return new ImportCounts(added, corrected, rows.size() - added - corrected);
	}

	/**
	 * One row as it would be saved.
	 *
	 * @param wave the existing wave, or null when the import creates it
	 * @param previous the figure it would replace (CORRECTED) or repeat (UNCHANGED); null for NEW
	 */
	record PlannedRow(int row, LocalityView locality, String waveName, LocalDate waveDate, WaveView wave,
			QuestionView question, PercentAgreeing percent, Integer respondents, ChangeKind change, Figure previous) {
	}

	/** A wave named in the file that does not exist yet. */
	record NewWave(LocalityView locality, String name, LocalDate fieldworkDate) {
	}
}
