package uk.gov.middlesbrough.tracker.locality;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.web.AcceptedEdits;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** Adding and revising localities: the rules that need the data (unique names, concurrent edits). */
@Component
public class LocalityManagement {

	private final LocalityRepository localities;
	private final AcceptedEdits edits;

	LocalityManagement(LocalityRepository localities, AcceptedEdits edits) {
		this.localities = localities;
		this.edits = edits;
	}

	@Transactional
	public long add(LocalityDetails details) {
		if (localities.nameTaken(details.name(), null)) {
			throw new LocalityNameTaken(details.name());
		}
		Locality locality = localities.saveAndFlush(new Locality(details));
		// Publishes LocalityAdded: the locality's plans are created in this transaction, so both or neither are saved.
		localities.save(locality.added());
		return locality.getId();
	}

	/**
	 * Applies the edit only if nobody saved the locality since {@code expectedVersion} was read.
	 * @throws ChangedMeanwhile if they did; nothing is saved
	 */
	@Transactional
	public void revise(long id, long expectedVersion, LocalityDetails details) {
		Locality locality = localities.findById(id).orElseThrow(() -> new NotFound("locality", id));
		ChangedMeanwhile.unlessStill(expectedVersion, locality.getVersion());
		if (localities.nameTaken(details.name(), id)) {
			throw new LocalityNameTaken(details.name());
		}
		locality.revise(details);
		edits.save(localities, locality);
	}
}
