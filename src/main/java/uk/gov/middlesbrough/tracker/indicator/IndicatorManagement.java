package uk.gov.middlesbrough.tracker.indicator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AcceptedEdits;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** Adding and changing indicators in the library: the head of service and administrators only. */
@Component
public class IndicatorManagement {

	private final IndicatorRepository indicators;
	private final MeasurementRepository measurements;
	private final AcceptedEdits edits;

	IndicatorManagement(IndicatorRepository indicators, MeasurementRepository measurements, AcceptedEdits edits) {
		this.indicators = indicators;
		this.measurements = measurements;
		this.edits = edits;
	}

	@Transactional
	public long add(IndicatorDetails details, SignedInUser user) {
		checkMayManage(user);
		checkUnique(details, -1);
		return indicators.saveAndFlush(new Indicator(details)).getId();
	}

	@Transactional
	public void revise(long id, long expectedVersion, IndicatorDetails details, SignedInUser user) {
		checkMayManage(user);
		Indicator indicator = indicators.findById(id).orElseThrow(() -> new NotFound("indicator", id));
		ChangedMeanwhile.unlessStill(expectedVersion, indicator.getVersion());
		checkUnique(details, id);
		indicator.revise(details, () -> measurements.existsByIndicatorId(id));
		edits.save(indicators, indicator);
	}

	private void checkUnique(IndicatorDetails details, long id) {
		if (indicators.existsByCodeAndIdNot(details.code(), id)) {
			throw new IndicatorTaken("code");
		}
		if (indicators.existsByNameIgnoreCaseAndIdNot(details.name(), id)) {
			throw new IndicatorTaken("name");
		}
	}

	private static void checkMayManage(SignedInUser user) {
		if (!IndicatorPermissions.mayManageLibrary(user)) {
			throw new AccessDeniedException("Not allowed to manage indicators");
		}
	}
}
