package uk.gov.middlesbrough.tracker.escalation.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.gov.middlesbrough.tracker.escalation.DigDecision;
import uk.gov.middlesbrough.tracker.escalation.DigDecisions;
import uk.gov.middlesbrough.tracker.escalation.DigStanding;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uk.gov.middlesbrough.tracker.escalation.Escalation;
import uk.gov.middlesbrough.tracker.escalation.EscalationKinds;
import uk.gov.middlesbrough.tracker.escalation.EscalationList;
import uk.gov.middlesbrough.tracker.escalation.EscalationQueries;
import uk.gov.middlesbrough.tracker.escalation.OpenEscalation;
import uk.gov.middlesbrough.tracker.escalation.RaisedMark;
import uk.gov.middlesbrough.tracker.exporting.ExportResponse;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** The open items of the DIG list, filtered as on the page, as CSV or XLSX. Everyone signed in may download them. */
@Controller
class EscalationExportController {

	private final EscalationQueries queries;
	private final LocalityQueries localities;
	private final MessageSource messages;
	private final EscalationKinds kinds;
	private final Clock clock;
	private final DigDecisions decisions;

	EscalationExportController(EscalationQueries queries, LocalityQueries localities, MessageSource messages, EscalationKinds kinds,
			Clock clock, DigDecisions decisions) {
		this.kinds = kinds;
		this.decisions = decisions;
		this.queries = queries;
		this.localities = localities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/escalations/export")
	ResponseEntity<byte[]> all(@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) List<String> locality, @RequestParam(required = false) List<String> kind) {
		EscalationFilter filter = EscalationFilter.of(locality, kind, kinds);
		AsOf asOf = AsOf.now(clock);
		EscalationList list = filter.localityIds().isEmpty() ? queries.all(asOf) : queries.list(filter.localityIds(), asOf);
		return export(text("escalation.export.name"), list.only(filter.kinds()), format);
	}

	@GetMapping("/localities/{id}/escalations/export")
	ResponseEntity<byte[]> locality(@PathVariable long id, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) List<String> kind) {
		LocalityView found = localities.find(id).orElseThrow(() -> new NotFound("locality " + id));
		EscalationList list = queries.list(List.of(id), AsOf.now(clock));
		return export(found.name() + " " + text("escalation.export.name"), list.only(EscalationFilter.of(null, kind, kinds).kinds()),
				format);
	}

	private ResponseEntity<byte[]> export(String name, EscalationList list, String format) {
		String site = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		List<String> headings = new ArrayList<>(List.of(text("escalation.col.locality"), text("escalation.col.kind"),
				text("escalation.col.item"), text("escalation.col.why"), text("escalation.export.link"),
				text("escalation.export.raisedOn"), text("escalation.export.note"), text("escalation.export.recordedBy")));
		DigStanding.EXPORT_HEADINGS.forEach(key -> headings.add(text(key)));
		headings.add(text("escalation.export.key"));
		ExportTable table = new ExportTable(name, headings);
		Map<String, DigDecision> latest = decisions.latest(
				list.open().stream().map(item -> item.escalation().localityId()).distinct().toList(), list.asOf());
		for (OpenEscalation item : list.open()) {
			Escalation escalation = item.escalation();
			RaisedMark mark = item.latestMark();
			DigStanding standing = DigStanding.of(mark,
					latest.get(DigDecisions.itemKey(escalation.localityId(), escalation.key())), list.asOf().day());
			List<Object> cells = new ArrayList<>(Arrays.asList(escalation.localityName(), text(escalation.kind().messageKey()),
					escalation.subject(), escalation.reason(), site + escalation.link(), mark == null ? null : mark.raisedOn(),
					mark == null ? null : mark.note(), mark == null ? null : mark.recordedBy()));
			cells.addAll(standing.exportCells(text(standing.state().messageKey())));
			cells.add(escalation.key());
			table.row(cells.toArray());
		}
		return ExportResponse.of(table, format, list.asOf().day());
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.UK);
	}
}
