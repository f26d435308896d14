package uk.gov.middlesbrough.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.escalation.EscalationList.KindCount;
import uk.gov.middlesbrough.tracker.web.AsOf;

class EscalationListTests {

	private static final AsOf TODAY = new AsOf(Instant.parse("2026-11-23T12:00:00Z"), LocalDate.of(2026, 11, 23), false);

	private final EscalationList list = new EscalationList(List.of(open(Kinds.RED_ACTION, "RED_ACTION:action:1"),
			open(Kinds.RED_ACTION, "RED_ACTION:action:2"), open(Kinds.OVERDUE_REVIEW, "OVERDUE_REVIEW:plan:3")),
			List.of(new ResolvedEscalation(item(Kinds.WORSENING, "WORSENING:indicator:1:locality:1"),
					new RaisedMark(LocalDate.of(2021, 7, 13), "Raised", "head", Instant.EPOCH))),
			TODAY);

	@Test
	void countsEveryKindInTheListsOrderWithZeros() {
		assertThat(list.counts(Kinds.ALL)).containsExactly(new KindCount(Kinds.WORSENING, 0),
				new KindCount(Kinds.OFF_TARGET, 0), new KindCount(Kinds.RED_ACTION, 2),
				new KindCount(Kinds.OVERDUE_REVIEW, 1), new KindCount(Kinds.OVER_THRESHOLD, 0));
	}

	@Test
	void keepsOnlyTheKindsAskedForInOpenAndResolvedItemsAndEverythingForNone() {
		EscalationList reds = list.only(Set.of(Kinds.RED_ACTION));
		assertThat(reds.open()).extracting(item -> item.escalation().key()).containsExactly("RED_ACTION:action:1",
				"RED_ACTION:action:2");
		assertThat(reds.resolved()).isEmpty();
		assertThat(list.only(Set.of(Kinds.WORSENING)).resolved()).hasSize(1);
		assertThat(list.only(Set.of())).isSameAs(list);
	}

	@Test
	void shortensALongSubjectAtAWord() {
		String specific = "Hold a monthly street surgery in each part of the ward so residents can meet their named officers and wardens";
		Escalation item = new Escalation("RED_ACTION:action:1", Kinds.RED_ACTION, 1, "North Ormesby", specific, "Red", "/actions/1");
		assertThat(item.shortSubject()).isEqualTo("Hold a monthly street surgery in each part of the ward so residents can meet their named…");
		assertThat(item.shortSubject().length()).isLessThanOrEqualTo(91);
		assertThat(new Escalation("k", Kinds.RED_ACTION, 1, "N", "Short", "Red", "/").shortSubject()).isEqualTo("Short");
	}

	private static OpenEscalation open(EscalationKind kind, String key) {
		return new OpenEscalation(item(kind, key), null);
	}

	private static Escalation item(EscalationKind kind, String key) {
		return new Escalation(key, kind, 1, "North Ormesby", "Subject", "Why", "/");
	}
}
