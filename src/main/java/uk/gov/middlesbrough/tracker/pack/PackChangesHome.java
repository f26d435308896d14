package uk.gov.middlesbrough.tracker.pack;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.dashboard.HomeSection;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * The scrutiny officer's home page: what changed since the latest pack issued for the panel that meets next, so the
 * next pack's covering report can say what moved. Other roles see nothing of it (and nothing is read for them).
 */
@Component
class PackChangesHome implements HomeSection {

	private final PackChanges changes;

	PackChangesHome(PackChanges changes) {
		this.changes = changes;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public Part home(SignedInUser user, LocalityReading reading) {
		if (!user.hasRole(Role.SCRUTINY_OFFICER)) {
			return new Part(Optional.empty(), false);
		}
		return new Part(changes.sinceLatestIssued(reading.asOf()), true);
	}

	/** The changes since the latest issued pack, when the user is shown them and a pack has been issued. */
	public record Part(Optional<PackChanges.ChangesSincePack> changes, boolean shown) implements HomePart {

		/** Items a group lists on the home page before pointing to the full page. */
		public static final int SHOWN_PER_GROUP = 5;

		@Override
		public TemplateFragment fragment() {
			return TemplateFragment.of("pack/changes :: home");
		}
	}
}
