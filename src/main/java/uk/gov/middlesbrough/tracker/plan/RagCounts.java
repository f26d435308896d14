package uk.gov.middlesbrough.tracker.plan;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;

/** How many active actions are in each RAG state. */
public record RagCounts(int notStarted, int green, int amber, int red, int complete) {

	public static final RagCounts NONE = new RagCounts(0, 0, 0, 0, 0);

	static RagCounts of(Collection<RagStatus> statuses) {
		Map<RagStatus, Integer> counts = new EnumMap<>(RagStatus.class);
		statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
		return new RagCounts(counts.getOrDefault(RagStatus.NOT_STARTED, 0), counts.getOrDefault(RagStatus.GREEN, 0),
				counts.getOrDefault(RagStatus.AMBER, 0), counts.getOrDefault(RagStatus.RED, 0),
				counts.getOrDefault(RagStatus.COMPLETE, 0));
	}

	RagCounts plus(RagCounts other) {
		return new RagCounts(notStarted + other.notStarted, green + other.green, amber + other.amber, red + other.red,
				complete + other.complete);
	}

	public int total() {
		return notStarted + green + amber + red + complete;
	}

	/** Each status with its count, in the order pages list them. */
	public List<Entry> entries() {
		return Arrays.stream(RagStatus.values()).map(status -> new Entry(status, of(status))).toList();
	}

	public record Entry(RagStatus status, int count) {
	}

	public int of(RagStatus status) {
		switch (status) {
			case NOT_STARTED:
				return notStarted;
			case GREEN:
				return green;
			case AMBER:
				return amber;
			case RED:
				return red;
			default:
				return complete;
		}
	}
}
