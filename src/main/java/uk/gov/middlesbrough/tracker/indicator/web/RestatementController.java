package uk.gov.middlesbrough.tracker.indicator.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.indicator.FigureEntry;
import uk.gov.middlesbrough.tracker.indicator.FigurePoint;
import uk.gov.middlesbrough.tracker.indicator.IndicatorPermissions;
import uk.gov.middlesbrough.tracker.indicator.IndicatorQueries;
import uk.gov.middlesbrough.tracker.indicator.IndicatorView;
import uk.gov.middlesbrough.tracker.indicator.LocalitySeries;
import uk.gov.middlesbrough.tracker.indicator.Restatement;
import uk.gov.middlesbrough.tracker.indicator.RestatementRegister;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * The register of restatements (everyone signed in reads it), the request form for a signed-off figure (whoever may
 * enter the locality's figures), and one request's page, on which the head of service approves or refuses it.
 */
@Controller
class RestatementController {

	private final RestatementRegister register;
	private final IndicatorQueries indicators;
	private final LocalityQueries localities;
	private final Clock clock;

	RestatementController(RestatementRegister register, IndicatorQueries indicators, LocalityQueries localities,
			Clock clock) {
		this.register = register;
		this.indicators = indicators;
		this.localities = localities;
		this.clock = clock;
	}

	@GetMapping("/restatements")
	String register(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("restatements", register.register());
		model.addAttribute("mayDecide", RestatementRegister.mayDecide(user));
		return "indicator/restatements";
	}

	@GetMapping("/restatements/new")
	String form(@RequestParam long indicator, @RequestParam long locality,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		RestatementForm form = new RestatementForm();
		form.setIndicatorId(indicator);
		form.setLocalityId(locality);
		form.setPeriod(period);
		return showForm(form, user, model);
	}

	@PostMapping("/restatements")
	String request(@ModelAttribute RestatementForm restatementForm, BindingResult result, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		IndicatorView indicator = permittedIndicator(restatementForm, user);
		Optional<FigureEntry> entry = restatementForm.validate(result, indicator);
		if (entry.isPresent()) {
			try {
				long id = register.request(entry.get(), restatementForm.strippedReason(), user);
				SuccessMessage.flash(redirect, "restatement.requested", indicator.name(), indicator.period(restatementForm.getPeriod()));
				return "redirect:/restatements/" + id;
			}
			catch (RestatementRegister.NotSignedOff ex) {
				result.reject("restatement.notSignedOff");
			}
			catch (RestatementRegister.SameValue ex) {
				result.rejectValue("value", "restatement.sameValue");
			}
			catch (RestatementRegister.AlreadyRequested ex) {
				result.reject("restatement.alreadyRequested");
			}
		}
		return showForm(restatementForm, user, model);
	}

	@GetMapping("/restatements/{id}")
	String request(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Restatement restatement = find(id);
		DecisionForm form = new DecisionForm();
		form.setVersion(restatement.version());
		return showRequest(restatement, form, user, model);
	}

	@PostMapping("/restatements/{id}/approve")
	String approve(@PathVariable long id, @ModelAttribute DecisionForm decisionForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		return decide(id, decisionForm, result, user, model, redirect, true);
	}

	@PostMapping("/restatements/{id}/refuse")
	String refuse(@PathVariable long id, @ModelAttribute DecisionForm decisionForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		return decide(id, decisionForm, result, user, model, redirect, false);
	}

	private String decide(long id, DecisionForm form, BindingResult result, SignedInUser user, Model model,
			RedirectAttributes redirect, boolean approve) {
		if (!RestatementRegister.mayDecide(user)) {
			throw new AccessDeniedException("Only the head of service decides on restatements");
		}
		Restatement restatement = find(id);
		if (!approve && form.strippedNote() == null) {
			result.rejectValue("note", "restatement.refuse.noteRequired");
		}
		else if (form.strippedNote() != null && form.strippedNote().length() > RestatementForm.REASON_MAX) {
			result.rejectValue("note", "restatement.note.tooLong");
		}
		if (!result.hasErrors()) {
			try {
				if (approve) {
					register.approve(id, form.getVersion(), form.strippedNote(), user);
				}
				else {
					register.refuse(id, form.getVersion(), form.strippedNote(), user);
				}
				SuccessMessage.flash(redirect, approve ? "restatement.approved" : "restatement.refused",
						restatement.indicatorName(), restatement.periodLabel());
				return "redirect:/restatements/" + id;
			}
			catch (ChangedMeanwhile ex) {
				result.reject("restatement.changedMeanwhile");
				Restatement now = find(id);
				form.setVersion(now.version());
				return showRequest(now, form, user, model);
			}
		}
		return showRequest(restatement, form, user, model);
	}

	private String showForm(RestatementForm form, SignedInUser user, Model model) {
		IndicatorView indicator = permittedIndicator(form, user);
		LocalityView locality = localities.find(form.getLocalityId()).orElseThrow(() -> new NotFound("locality", form.getLocalityId()));
		model.addAttribute("indicator", indicator);
		model.addAttribute("locality", locality);
		model.addAttribute("periodLabel", indicator.period(form.getPeriod()));
		model.addAttribute("current", indicators.series(indicator.id(), locality.id(), AsOf.now(clock))
			.flatMap(series -> current(series, form.getPeriod())).orElse(null));
		model.addAttribute("restatementForm", form);
		return "indicator/restatement-form";
	}

	private static Optional<String> current(LocalitySeries series, LocalDate period) {
		return series.points().stream().filter(point -> point.period().equals(period)).map(FigurePoint::formatted).findFirst();
	}

	private String showRequest(Restatement restatement, DecisionForm form, SignedInUser user, Model model) {
		model.addAttribute("restatement", restatement);
		model.addAttribute("mayDecide", RestatementRegister.mayDecide(user) && restatement.open());
		model.addAttribute("decisionForm", form);
		return "indicator/restatement";
	}

	private IndicatorView permittedIndicator(RestatementForm form, SignedInUser user) {
		if (!IndicatorPermissions.mayEnterFiguresFor(user, form.getLocalityId())) {
			throw new AccessDeniedException("Not allowed to ask for restatements for locality " + form.getLocalityId());
		}
		if (form.getPeriod() == null) {
			throw new NotFound("figure period", form.getIndicatorId());
		}
		return indicators.find(form.getIndicatorId()).orElseThrow(() -> new NotFound("indicator", form.getIndicatorId()));
	}

	private Restatement find(long id) {
		return register.find(id).orElseThrow(() -> new NotFound("restatement", id));
	}
}
