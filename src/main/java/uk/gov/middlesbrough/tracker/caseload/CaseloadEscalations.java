package uk.gov.middlesbrough.tracker.caseload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.escalation.Escalation;
import uk.gov.middlesbrough.tracker.escalation.EscalationKind;
import uk.gov.middlesbrough.tracker.escalation.EscalationSource;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.web.UkText;

/** What the caseloads put on the DIG list: posts carrying more children than their role's threshold. */
@Component
class CaseloadEscalations implements EscalationSource {

	/** A practitioner post carrying more children than its role's threshold. */
	static final EscalationKind OVER_THRESHOLD = new EscalationKind("OVER_THRESHOLD", 50, "govuk-tag--pink");

	private final CaseloadReads reads;
	private final UkText uk;

	CaseloadEscalations(CaseloadReads reads, MessageSource messages) {
		this.reads = reads;
		this.uk = new UkText(messages);
	}

	@Override
	public List<String> derivedFrom() {
		return List.of("caseload_snapshot", "caseload_history", "caseload_post_latest", "caseload_staffing", "caseload_staffing_history");
	}

	@Override
	public List<EscalationKind> kinds() {
		return List.of(OVER_THRESHOLD);
	}

	@Override
	public List<Escalation> escalations(LocalityReading reading) {
		List<Escalation> found = new ArrayList<>();
		for (CaseloadPage page : reads.pages(reading).values()) {
			for (PostFigures post : page.latest()) {
				if (post.flag().over()) {
					found.add(new Escalation(key(page.localityId(), post.role(), post.label()), OVER_THRESHOLD, page.localityId(),
							reading.name(page.localityId()), post(post), () -> overThreshold(post),
							"/localities/" + page.localityId() + "/caseloads"));
				}
			}
		}
		return found;
	}

	/** A post is the same post whatever the case or surrounding spaces of its label, as on the caseload page. */
	static String key(long localityId, CaseloadRole role, String postLabel) {
		return OVER_THRESHOLD.key("caseload-post", localityId, role.name(), postLabel.strip().toLowerCase(Locale.ROOT));
	}

	String overThreshold(PostFigures post) {
		return uk.text("escalation.why.OVER_THRESHOLD", String.valueOf(post.flag().children()), UkText.day(post.snapshotDate()),
				String.valueOf(post.flag().threshold()));
	}

	/** A post as people read it: its role in words and its label ("Early help senior practitioner: Senior Practitioner 1"). */
	String post(PostFigures post) {
		return uk.text("escalation.post", uk.text(post.role().messageKey()), post.label());
	}
}
