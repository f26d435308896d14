package uk.gov.middlesbrough.tracker.plan;

/** A template theme as the template page lists it. */
public record ThemeView(long id, int position, String name, String defaultObjectives, String defaultLeadOrganisation) {

	public static ThemeView of(PlanTheme theme) {
		return new ThemeView(theme.getId(), theme.getPosition(), theme.getName(), theme.getDefaultObjectives(),
				theme.getDefaultLeadOrganisation());
	}
}
