package uk.gov.middlesbrough.tracker.survey;

import java.time.Clock;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * Adding a locality's survey waves and recording or correcting their figures. Refused unless the user may
 * enter figures for the locality; a figure is refused if someone else recorded or corrected it since the
 * user read it.
 */
@Component
public class SurveyManagement {

	private final SurveyWaveRepository waves;
	private final SurveyQuestionRepository questions;
	private final SurveyResultRepository results;
	private final ResultWriter writer;
	private final Clock clock;

	SurveyManagement(SurveyWaveRepository waves, SurveyQuestionRepository questions, SurveyResultRepository results,
			ResultWriter writer, Clock clock) {
		this.waves = waves;
		this.questions = questions;
		this.results = results;
		this.writer = writer;
		this.clock = clock;
	}

	@Transactional
	public long addWave(long localityId, WaveDetails details, SignedInUser user) {
		checkMayEnterFigures(localityId, user);
		if (waves.nameTaken(localityId, details.name())) {
			throw new WaveNameTaken(details.name());
		}
		try {
			return waves.saveAndFlush(new SurveyWave(localityId, details, clock.instant(), user.getUsername())).getId();
		}
		catch (DataIntegrityViolationException ex) {
			// Another user added a wave of the same name between the check and the insert.
			throw new WaveNameTaken(details.name());
		}
	}

	/**
	 * @param expectedVersion the version of the figure the user saw, or null if they saw none
	 */
	@Transactional
	public ChangeKind recordResult(long localityId, long waveId, long questionId, Long expectedVersion, PercentAgreeing percent,
			Integer respondents, SignedInUser user) {
		checkMayEnterFigures(localityId, user);
		SurveyWave wave = waves.findById(waveId).filter(found -> found.getLocalityId() == localityId)
				.orElseThrow(() -> new NotFound("wave", waveId));
		questions.findById(questionId).orElseThrow(() -> new NotFound("question", questionId));
		SurveyResult existing = results.findBySurveyWaveIdAndSurveyQuestionId(wave.getId(), questionId).orElse(null);
		Long actualVersion = existing == null ? null : existing.getVersion();
		if (!Objects.equals(actualVersion, expectedVersion)) {
			throw new ChangedMeanwhile();
		}
		try {
			return writer.write(existing, wave.getId(), questionId, percent, respondents, user.getUsername(), null);
		}
		catch (DataIntegrityViolationException ex) {
			// Another user recorded the first figure for this wave and question at the same moment.
			throw new ChangedMeanwhile();
		}
	}

	public static void checkMayEnterFigures(long localityId, SignedInUser user) {
		if (!SurveyPermissions.mayEnterFiguresFor(user, localityId)) {
			throw new AccessDeniedException("Not allowed to enter survey figures for locality " + localityId);
		}
	}
}
