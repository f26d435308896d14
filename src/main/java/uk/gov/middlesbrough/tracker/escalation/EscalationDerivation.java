package uk.gov.middlesbrough.tracker.escalation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.caseload.CaseloadPage;
import uk.gov.middlesbrough.tracker.caseload.CaseloadQueries;
import uk.gov.middlesbrough.tracker.caseload.PostFigures;
import uk.gov.middlesbrough.tracker.indicator.DirectionOfTravel;
import uk.gov.middlesbrough.tracker.indicator.IndicatorQueries;
import uk.gov.middlesbrough.tracker.indicator.IndicatorSeries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.plan.ActionRow;
import uk.gov.middlesbrough.tracker.plan.LocalityPlans;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.plan.PlanSummary;
import uk.gov.middlesbrough.tracker.plan.ReviewStatus;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Derives the DIG list of some localities as of a moment from the plans, indicators and caseloads as they were
 * recorded by then: worsening indicators, indicators off target beyond tolerance, Red actions, overdue plan reviews
 * and over-threshold posts. Each source is read for all the localities at once, so the list costs the same
 * statements however many localities and items there are.
 */
@Component
class EscalationDerivation {

	private final PlanQueries plans;
	private final IndicatorQueries indicators;
	private final CaseloadQueries caseloads;
	private final EscalationWording wording;

	EscalationDerivation(PlanQueries plans, IndicatorQueries indicators, CaseloadQueries caseloads, MessageSource messages) {
		this.plans = plans;
		this.indicators = indicators;
		this.caseloads = caseloads;
		this.wording = new EscalationWording(messages);
	}

	/** The items of these localities (in the order given), each locality's kind by kind. */
	List<Escalation> derive(List<LocalityView> localities, AsOf asOf) {
		if (localities.isEmpty()) {
			return List.of();
		}
		List<Long> ids = localities.stream().map(LocalityView::id).toList();
		Map<Long, String> names = localities.stream().collect(Collectors.toMap(LocalityView::id, LocalityView::name));
		List<Escalation> found = new ArrayList<>();
		indicatorItems(Set.copyOf(ids), names, asOf, found);
		planItems(ids, names, asOf, found);
		caseloadItems(ids, names, asOf, found);
		Map<Long, Integer> position = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			position.put(ids.get(i), i);
		}
		// A stable sort: within a locality and kind, items keep the order their source gave them.
		found.sort(Comparator.comparing((Escalation item) -> position.get(item.localityId()))
				.thenComparing(item -> item.kind().ordinal()));
		return found;
	}

	private void indicatorItems(Set<Long> ids, Map<Long, String> names, AsOf asOf, List<Escalation> found) {
		for (IndicatorSeries each : indicators.allSeries(asOf)) {
			long localityId = each.series().localityId();
			if (!ids.contains(localityId)) {
				continue;
			}
			long indicatorId = each.indicator().id();
			String link = "/indicators/" + indicatorId + "#locality-" + localityId;
			if (each.series().direction() == DirectionOfTravel.WORSENING) {
				found.add(new Escalation(EscalationKeys.worsening(indicatorId, localityId), EscalationKind.WORSENING, localityId,
						names.get(localityId), each.indicator().name(), wording.worsening(each.indicator(), each.series()), link));
			}
			if (each.series().targetCheck().beyondTolerance()) {
				found.add(new Escalation(EscalationKeys.offTarget(indicatorId, localityId), EscalationKind.OFF_TARGET, localityId,
						names.get(localityId), each.indicator().name(), wording.offTarget(each.indicator(), each.series()), link));
			}
		}
	}

	private void planItems(List<Long> ids, Map<Long, String> names, AsOf asOf, List<Escalation> found) {
		Map<Long, PlanSummary> byId = new LinkedHashMap<>();
		for (LocalityPlans locality : plans.localitiesPlans(ids, asOf)) {
			locality.plans().forEach(plan -> byId.put(plan.id(), plan));
		}
		for (ActionRow action : plans.redActions(ids, asOf)) {
			PlanSummary plan = byId.get(action.planId());
			if (plan != null) {
				found.add(new Escalation(EscalationKeys.redAction(action.id()), EscalationKind.RED_ACTION, plan.localityId(),
						names.get(plan.localityId()), action.specific(), wording.redAction(action, plan.title(), asOf.day()),
						"/actions/" + action.id()));
			}
		}
		for (PlanSummary plan : byId.values()) {
			if (plan.reviewStatus() == ReviewStatus.OVERDUE) {
				found.add(new Escalation(EscalationKeys.overdueReview(plan.id()), EscalationKind.OVERDUE_REVIEW, plan.localityId(),
						names.get(plan.localityId()), plan.title(), wording.overdueReview(plan), "/plans/" + plan.id()));
			}
		}
	}

	private void caseloadItems(List<Long> ids, Map<Long, String> names, AsOf asOf, List<Escalation> found) {
		for (CaseloadPage page : caseloads.pages(ids, asOf)) {
			for (PostFigures post : page.latest()) {
				if (post.flag().over()) {
					found.add(new Escalation(EscalationKeys.overThreshold(page.localityId(), post.role(), post.label()),
							EscalationKind.OVER_THRESHOLD, page.localityId(), names.get(page.localityId()), wording.post(post),
							wording.overThreshold(post), "/localities/" + page.localityId() + "/caseloads"));
				}
			}
		}
	}
}
