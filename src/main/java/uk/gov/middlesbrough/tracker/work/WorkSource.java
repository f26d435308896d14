package uk.gov.middlesbrough.tracker.work;

import java.util.List;

/**
 * A feature that puts items in people's "your work": for a user and the localities whose work is theirs, the
 * feature's groups of items (one group a kind of item, such as "Red or Amber actions"), each counted by locality
 * with its first items to show. A fixed number of statements however many localities and items.
 */
public interface WorkSource {

	/** The groups for this request, empty ones included (the home page leaves them out). */
	List<WorkGroup> work(WorkRequest request);
}
