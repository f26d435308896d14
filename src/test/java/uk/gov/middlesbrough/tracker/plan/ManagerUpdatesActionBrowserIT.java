package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The North Ormesby manager adds an action to a plan and records two progress updates; the action's RAG and
 * the plan's completion follow. The Newport manager cannot reach that action's edit form.
 */
class ManagerUpdatesActionBrowserIT extends BrowserTest {

	@Test
	void northOrmesbysManagerAddsAnActionAndItsProgressMovesTheRagAndThePlan() {
		PlanFixtures fixtures = new PlanFixtures(jdbc);
		long northOrmesby = fixtures.locality("North Ormesby");
		long plan = fixtures.plan(northOrmesby, 3);
		double before = planCompletion(plan);

		signIn("northormesby.manager");
		visit("/localities/" + northOrmesby + "/plans");
		click(By.linkText("Environment and Area Care"));
		assertAccessible();
		click(By.id("add-action"));
		assertAccessible();

		// 100 days from 50 days ago: 50 % of the time has gone.
		LocalDate today = LocalDate.now(AsOf.UK);
		new ActionFormPage(driver)
			.smart("Alley makeover on Kings Road with residents", "Alleys transformed", "3 alleys",
					"Environment Officer (Area Care)", "Cleaner streets, alleys and open spaces")
			.dates(today.minusDays(50), today.plusDays(50))
			.save();
		assertAccessible();
		screenshot("manager-updates-action-1-new-action");
		ActionPage action = new ActionPage(driver);
		assertThat(action.status()).contains("Red", "0% complete", "50% expected by today");

		action.recordProgress(30, "First alley cleared and painted with residents");
		assertAccessible();
		assertThat(action.status()).contains("Amber", "30% complete");

		action.recordProgress(45, "Second alley planted");
		assertThat(action.status()).contains("Green", "45% complete");
		assertThat(action.timeline()).contains("Progress: 30% to 45%", "Second alley planted", "Progress: 0% to 30%",
				"Action added", "northormesby.manager");
		screenshot("manager-updates-action-2-after-progress");
		String actionPath = currentPath();

		click(By.partialLinkText("Back to"));
		assertAccessible();
		screenshot("manager-updates-action-3-plan");
		assertThat(driver.findElement(By.id("actions")).getText()).contains("Alley makeover on Kings Road with residents", "45%");
		assertThat(planCompletion(plan)).isNotEqualTo(before);

		signOut();
		signIn("newport.manager");
		visit(actionPath);
		assertThat(all(By.id("progress-form"))).isEmpty();
		assertThat(all(By.id("change-action"))).isEmpty();
		visit(actionPath + "/edit");
		assertThat(heading()).isEqualTo("You do not have permission to do this");
	}

	private double planCompletion(long plan) {
		Double value = jdbc.queryForObject("""
				select sum(weight * completion) / nullif(sum(weight), 0) from plan_action
				where action_plan_id = ? and status = 'ACTIVE'""", Double.class, plan);
		return value == null ? -1 : value;
	}
}
