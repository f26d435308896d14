package uk.gov.middlesbrough.tracker.indicator.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import uk.gov.middlesbrough.tracker.indicator.FigureSignOffs;
import uk.gov.middlesbrough.tracker.indicator.IndicatorPermissions;
import uk.gov.middlesbrough.tracker.indicator.SignOffPeriod;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.Option;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * A locality's sign-offs of figures (everyone signed in reads them) and the form with which the figures' owner (the
 * head of service, or the locality's neighbourhood manager) signs off a source's figures for a month or a quarter.
 */
@Controller
class SignOffController {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private final FigureSignOffs signOffs;
	private final LocalityQueries localities;
	private final MessageSource messages;
	private final Clock clock;

	SignOffController(FigureSignOffs signOffs, LocalityQueries localities, MessageSource messages, Clock clock) {
		this.signOffs = signOffs;
		this.localities = localities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/localities/{id}/sign-off")
	String page(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return show(locality(id), new SignOffForm(), user, model);
	}

	@PostMapping("/localities/{id}/sign-off")
	String signOff(@PathVariable long id, @ModelAttribute SignOffForm signOffForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LocalityView locality = locality(id);
		if (!IndicatorPermissions.mayEnterFiguresFor(user, id)) {
			throw new AccessDeniedException("Not allowed to sign off figures for locality " + id);
		}
		Optional<SignOffPeriod> period = signOffForm.validate(result, signOffs.sources(), periods(id));
		if (period.isPresent()) {
			try {
				signOffs.signOff(id, signOffForm.getSource(), period.get(), user);
				SuccessMessage.flash(redirect, "signOff.saved", signOffForm.getSource(), label(period.get()));
				return "redirect:/localities/" + id + "/sign-off";
			}
			catch (FigureSignOffs.AlreadySignedOff ex) {
				result.rejectValue("period", "signOff.period.already");
			}
		}
		return show(locality, signOffForm, user, model);
	}

	private String show(LocalityView locality, SignOffForm form, SignedInUser user, Model model) {
		model.addAttribute("locality", locality);
		model.addAttribute("signOffs", signOffs.of(locality.id()));
		model.addAttribute("canSignOff", IndicatorPermissions.mayEnterFiguresFor(user, locality.id()));
		model.addAttribute("signOffForm", form);
		model.addAttribute("sources", signOffs.sources().stream().map(source -> new Option(source, source)).toList());
		model.addAttribute("periods", periods(locality.id()).stream().map(period -> new Option(period.value(), label(period)))
			.toList());
		model.addAttribute("labels", new Labels());
		return "indicator/sign-off";
	}

	private List<SignOffPeriod> periods(long localityId) {
		return signOffs.periods(localityId, AsOf.now(clock).day());
	}

	private LocalityView locality(long id) {
		return localities.find(id).orElseThrow(() -> new NotFound("locality", id));
	}

	/** "April 2022", or "Quarter 4 of 2021/22 (January to March 2022)". */
	String label(SignOffPeriod period) {
		if (!period.quarter()) {
			return MONTH.format(period.start());
		}
		String value = period.value();
		int year = Integer.parseInt(value.substring(0, 4));
		return messages.getMessage("signOff.quarter", new Object[] { value.substring(6), year + "/" + String.valueOf(year + 1)
			.substring(2), MONTH.format(period.start()).split(" ")[0], MONTH.format(period.end()) },
				LocaleContextHolder.getLocale());
	}

	/** The page's way to write a sign-off's period. */
	public final class Labels {

		public String of(SignOffPeriod period) {
			return label(period);
		}
	}
}
