package uk.gov.middlesbrough.tracker.pack;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.UkText;

/**
 * Gathers a pack's content as of its date from the parts the features contribute, which read the same queries the
 * dashboards use, so the pack's figures are the as-of dashboard's figures.
 */
@Component
class PackAssembler {

	private final LocalityQueries localities;
	private final List<PackSection> sections;
	private final PackChanges changes;
	private final UkText uk;
	private final Clock clock;

	PackAssembler(LocalityQueries localities, List<PackSection> sections, PackChanges changes, MessageSource messages, Clock clock) {
		this.localities = localities;
		this.changes = changes;
		this.uk = new UkText(messages);
		this.sections = sections.stream().sorted(Comparator.comparingInt(PackSection::order)).toList();
		this.clock = clock;
	}

	/** How many parts a pack has (one a contributed section), for its progress. */
	int parts() {
		return sections.size();
	}

	/** The content, calling {@code partRead} with 1, 2, ... as each part has been read. */
	@Transactional(readOnly = true)
	PackContent assemble(MeetingView meeting, LocalDate asOfDay, IntConsumer partRead) {
		return assemble(meeting, AsOf.endOf(asOfDay, clock), false, partRead, null);
	}

	/**
	 * The content as of this moment (the one a draft was read as of, when it is issued), with its stamp, and with the
	 * chapter "Changes since the last pack" when {@code withChanges}.
	 */
	@Transactional(readOnly = true)
	PackContent assemble(MeetingView meeting, AsOf asOf, boolean withChanges, IntConsumer partRead, PackStamp stamp) {
		LocalityReading reading = new LocalityReading(localities.findAll(meeting.localityIds()), asOf);
		List<PackPart> parts = new ArrayList<>();
		for (PackSection section : sections) {
			parts.add(section.packPart(reading));
			partRead.accept(parts.size());
		}
		if (withChanges) {
			parts.add(new ChangesChapter(changes.sinceLastIssuedBefore(meeting.panel(), asOf), uk));
		}
		return new PackContent(meeting, asOf, reading.localities(), parts, stamp);
	}
}
