package uk.gov.middlesbrough.tracker.indicator.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.indicator.Frequency;
import uk.gov.middlesbrough.tracker.indicator.IndicatorManagement;
import uk.gov.middlesbrough.tracker.indicator.IndicatorPermissions;
import uk.gov.middlesbrough.tracker.indicator.IndicatorQueries;
import uk.gov.middlesbrough.tracker.indicator.IndicatorTaken;
import uk.gov.middlesbrough.tracker.indicator.IndicatorView;
import uk.gov.middlesbrough.tracker.indicator.Polarity;
import uk.gov.middlesbrough.tracker.indicator.Unit;
import uk.gov.middlesbrough.tracker.indicator.UnitLocked;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.Option;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** Adding an indicator to the library and changing one (head of service and administrators). */
@Controller
class IndicatorEditController {

	private static final String VIEW = "indicator/edit";

	private final IndicatorQueries queries;
	private final IndicatorManagement management;
	private final MessageSource messages;

	IndicatorEditController(IndicatorQueries queries, IndicatorManagement management, MessageSource messages) {
		this.queries = queries;
		this.management = management;
		this.messages = messages;
	}

	@ModelAttribute("unitOptions")
	List<Option> unitOptions() {
		return options(Unit.values(), Unit::messageKey);
	}

	@ModelAttribute("polarityOptions")
	List<Option> polarityOptions() {
		return options(Polarity.values(), Polarity::messageKey);
	}

	@ModelAttribute("frequencyOptions")
	List<Option> frequencyOptions() {
		return options(Frequency.values(), Frequency::messageKey);
	}

	@GetMapping("/indicators/new")
	String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		checkMayManage(user);
		model.addAttribute("indicatorForm", new IndicatorForm());
		return VIEW;
	}

	@PostMapping("/indicators")
	String add(@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		checkMayManage(user);
		indicatorForm.validate(result);
		if (!result.hasErrors()) {
			try {
				long id = management.add(indicatorForm.toDetails(), user);
				SuccessMessage.flash(redirect, "indicator.added", indicatorForm.getName().strip());
				return "redirect:/indicators/" + id;
			}
			catch (IndicatorTaken ex) {
				result.rejectValue(ex.field(), "indicator." + ex.field() + ".taken");
			}
		}
		return VIEW;
	}

	@GetMapping("/indicators/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		checkMayManage(user);
		IndicatorView indicator = indicator(id);
		model.addAttribute("indicator", indicator);
		model.addAttribute("indicatorForm", IndicatorForm.of(indicator));
		return VIEW;
	}

	@PostMapping("/indicators/{id}")
	String revise(@PathVariable long id, @Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		checkMayManage(user);
		IndicatorView indicator = indicator(id);
		model.addAttribute("indicator", indicator);
		indicatorForm.validate(result);
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			management.revise(id, indicatorForm.getVersion(), indicatorForm.toDetails(), user);
			SuccessMessage.flash(redirect, "indicator.saved");
			return "redirect:/indicators/" + id;
		}
		catch (IndicatorTaken ex) {
			result.rejectValue(ex.field(), "indicator." + ex.field() + ".taken");
		}
		catch (UnitLocked ex) {
			result.rejectValue("unit", "indicator.unit.locked");
		}
		catch (ChangedMeanwhile ex) {
			// Show what is saved now beside the typed values; the next save is a deliberate overwrite.
			model.addAttribute("latest", indicator);
			indicatorForm.setVersion(indicator.version());
			result.reject("indicator.changedMeanwhile");
		}
		return VIEW;
	}

	private IndicatorView indicator(long id) {
		return queries.find(id).orElseThrow(() -> new NotFound("indicator", id));
	}

	private static void checkMayManage(SignedInUser user) {
		if (!IndicatorPermissions.mayManageLibrary(user)) {
			throw new AccessDeniedException("Not allowed to manage indicators");
		}
	}

	private <T> List<Option> options(T[] values, Function<T, String> key) {
		return Arrays.stream(values)
				.map(value -> new Option(((Enum<?>) value).name(), messages.getMessage(key.apply(value), null, LocaleContextHolder.getLocale())))
				.toList();
	}
}
