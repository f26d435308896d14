package uk.gov.middlesbrough.tracker.locality.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.locality.LocalityManagement;
import uk.gov.middlesbrough.tracker.locality.LocalityNameTaken;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityStatus;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.Option;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** Adding and changing a locality (administrator and head of service; the URL rules refuse others). */
@Controller
class LocalityEditController {

	private static final String FORM_VIEW = "locality/edit";

	private final LocalityQueries queries;
	private final LocalityManagement management;
	private final MessageSource messages;

	LocalityEditController(LocalityQueries queries, LocalityManagement management, MessageSource messages) {
		this.queries = queries;
		this.management = management;
		this.messages = messages;
	}

	@ModelAttribute("statusOptions")
	List<Option> statusOptions() {
		return Arrays.stream(LocalityStatus.values())
				.map(status -> new Option(status.name(),
						messages.getMessage(status.messageKey(), null, LocaleContextHolder.getLocale())))
				.toList();
	}

	@GetMapping("/localities/new")
	String newForm(Model model) {
		model.addAttribute("localityForm", new LocalityForm());
		model.addAttribute("localityId", null);
		return FORM_VIEW;
	}

	@PostMapping("/localities")
	String add(@Valid @ModelAttribute LocalityForm localityForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LocalityFormValidator.validate(localityForm, result);
		if (!result.hasErrors()) {
			try {
				long id = management.add(localityForm.toDetails());
				SuccessMessage.flash(redirect, "locality.added", localityForm.getName().strip());
				return "redirect:/localities/" + id;
			}
			catch (LocalityNameTaken ex) {
				result.rejectValue("name", "locality.name.taken");
			}
		}
		model.addAttribute("localityId", null);
		return FORM_VIEW;
	}

	@GetMapping("/localities/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		LocalityView locality = queries.find(id).orElseThrow(() -> new NotFound("locality", id));
		model.addAttribute("localityForm", LocalityForm.of(locality));
		model.addAttribute("localityId", id);
		return FORM_VIEW;
	}

	@PostMapping("/localities/{id}")
	String revise(@PathVariable long id, @Valid @ModelAttribute LocalityForm localityForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		LocalityView current = queries.find(id).orElseThrow(() -> new NotFound("locality", id));
		model.addAttribute("localityId", id);
		LocalityFormValidator.validate(localityForm, result);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			management.revise(id, localityForm.getVersion(), localityForm.toDetails());
			SuccessMessage.flash(redirect, "locality.changed", localityForm.getName().strip());
			return "redirect:/localities/" + id;
		}
		catch (LocalityNameTaken ex) {
			result.rejectValue("name", "locality.name.taken");
			return FORM_VIEW;
		}
		catch (ChangedMeanwhile ex) {
			LocalityView latest = queries.find(id).orElse(current);
			model.addAttribute("latest", latest);
			// The form keeps what this user typed, but carries the latest version so a deliberate
			// second save (after reading the newer values) can go through.
			localityForm.setVersion(latest.version());
			result.reject("locality.changedMeanwhile");
			return FORM_VIEW;
		}
	}
}
