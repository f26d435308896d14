package uk.gov.middlesbrough.tracker.plan;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.web.AcceptedEdits;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** Reading and revising the template's themes. */
@Component
public class PlanTemplateManagement {

	private final PlanThemeRepository themes;
	private final AcceptedEdits edits;

	PlanTemplateManagement(PlanThemeRepository themes, AcceptedEdits edits) {
		this.themes = themes;
		this.edits = edits;
	}

	@Transactional(readOnly = true)
	public List<ThemeView> themes() {
		return themes.findAllByOrderByPositionAsc().stream().map(ThemeView::of).toList();
	}

	@Transactional(readOnly = true)
	public PlanTheme theme(long id) {
		return themes.findById(id).orElseThrow(() -> new NotFound("theme", id));
	}

	@Transactional
	public void revise(long id, long expectedVersion, String name, String defaultObjectives, String defaultLeadOrganisation) {
		PlanTheme theme = theme(id);
		ChangedMeanwhile.unlessStill(expectedVersion, theme.getVersion());
		theme.revise(name, defaultObjectives, defaultLeadOrganisation);
		edits.save(themes, theme);
	}
}
