package uk.gov.middlesbrough.tracker.indicator.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.gov.middlesbrough.tracker.indicator.IndicatorPage;
import uk.gov.middlesbrough.tracker.indicator.IndicatorPermissions;
import uk.gov.middlesbrough.tracker.indicator.TrendDescription;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.Option;

/** Puts the indicator page on the model: its figures, and the entry form only for users who may enter figures. */
@Component
class IndicatorPageModel {

	static final String VIEW = "indicator/indicator";

	private final LocalityQueries localities;
	private final MessageSource messages;

	IndicatorPageModel(LocalityQueries localities, MessageSource messages) {
		this.localities = localities;
		this.messages = messages;
	}

	String show(IndicatorPage page, MeasurementForm form, SignedInUser user, Model model) {
		List<Option> entryLocalities = localities.all().stream()
				.filter(locality -> IndicatorPermissions.mayEnterFiguresFor(user, locality.id()))
				.map(locality -> new Option(String.valueOf(locality.id()), locality.name()))
				.toList();
		if (form.getLocalityId() == null && entryLocalities.size() == 1) {
			form.setLocalityId(Long.valueOf(entryLocalities.get(0).value()));
		}
		model.addAttribute("page", page);
		model.addAttribute("indicator", page.indicator());
		model.addAttribute("trendWords", new TrendDescription(messages, LocaleContextHolder.getLocale()));
		model.addAttribute("measurementForm", form);
		model.addAttribute("entryLocalities", entryLocalities);
		model.addAttribute("canEnterFigures", !entryLocalities.isEmpty());
		model.addAttribute("canManageIndicators", IndicatorPermissions.mayManageLibrary(user));
		return VIEW;
	}
}
