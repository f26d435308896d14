package uk.gov.middlesbrough.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** The demo shows every kind of escalation in each pilot, marked items, and a resolved one. */
class EscalationDemoIT extends IntegrationTest {

	@Autowired
	EscalationQueries queries;


	@Test
	void eachPilotHasEveryKindOfEscalation() {
		long newport = localityId("Newport");
		long northOrmesby = localityId("North Ormesby");
		Map<Long, List<OpenEscalation>> open = queries.openByLocality(List.of(newport, northOrmesby), AsOf.now(clock));
		for (long pilot : List.of(newport, northOrmesby)) {
			Set<EscalationKind> kinds = open.get(pilot).stream().map(item -> item.escalation().kind())
				.collect(Collectors.toSet());
			assertThat(kinds).as("kinds in locality " + pilot).isEqualTo(Set.copyOf(Kinds.ALL));
		}
		assertThat(open.get(newport)).extracting(item -> item.escalation().reason())
			// The illustrative 2022 figure: 131 → 138, +7 > tolerance 3, lower is better; 138 − 100 = 38 > 3.
			.contains("Worsening: 131 in 2021 to 138 in 2022; lower is better",
					"Off target: 138 (2022) against a target of 100; misses it by 38, more than the tolerance of 3; lower is better",
					// The papers' Newport senior practitioners: 29 and 28 children against the threshold of 26.
					"Over threshold: 29 children on 22 November 2021, against a threshold of 26",
					"Over threshold: 28 children on 22 November 2021, against a threshold of 26");
		assertThat(open.get(northOrmesby)).extracting(item -> item.escalation().reason())
			// 33.4 → 32.6: −0.8, more than the tolerance of 0.5, higher is better.
			.contains("Worsening: 33.4% in 2021 to 32.6% in 2022; higher is better",
					// The papers' 6.62% against the illustrative target of 5%.
					"Off target: 6.62% (17 January 2022) against a target of 5%; misses it by 1.62%, more than the tolerance of 0.25%; lower is better",
					"Over threshold: 34 children on 22 November 2021, against a threshold of 26");
	}

	@Test
	void theDemoShowsMarkedItemsAndTheSummer2021SpikeAsResolved() {
		EscalationList list = queries.list(List.of(localityId("Newport"), localityId("North Ormesby")), AsOf.now(clock));
		assertThat(list.open()).filteredOn(OpenEscalation::raised).extracting(item -> item.escalation().subject())
			.containsExactlyInAnyOrder("Early help senior practitioner: Senior Practitioner 1",
					"Hold a monthly street surgery in each part of the ward so residents can meet their named officers and wardens and raise problems");
		assertThat(list.resolved()).extracting(item -> item.asMarked().subject(), item -> item.asMarked().reason())
			.contains(org.assertj.core.groups.Tuple.tuple("Anti-social behaviour incidents",
					"Worsening: 35 in May 2021 to 50 in June 2021; lower is better"));
	}
}
