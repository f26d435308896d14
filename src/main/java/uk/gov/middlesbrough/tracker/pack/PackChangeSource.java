package uk.gov.middlesbrough.tracker.pack;

import java.util.List;

/**
 * What a feature says changed between the moment a panel's pack was read as of and a later one, for "Pack vs today",
 * the scrutiny officer's home page and the pack's optional chapter "Changes since the last pack". The pack module
 * knows no feature: it asks every source and shows the groups in their order.
 */
public interface PackChangeSource {

	/**
	 * The feature's groups of changes for the window's localities, each group present even when empty (the page says
	 * "no changes"), read in a fixed number of statements whatever the number of localities and changes.
	 */
	List<PackChangeGroup> changes(ChangeWindow window);
}
