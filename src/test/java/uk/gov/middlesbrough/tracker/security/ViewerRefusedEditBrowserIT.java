package uk.gov.middlesbrough.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

class ViewerRefusedEditBrowserIT extends BrowserTest {

	private static final String REFUSED = "You do not have permission to do this";

	@BeforeEach
	void signInAsViewer() {
		signIn("viewer");
	}

	@Test
	void viewerSeesALocalityWithoutAChangeDetailsButton() {
		visit("/localities/" + localityId("Newport"));

		assertThat(heading()).isEqualTo("Newport");
		assertThat(driver.findElement(By.id("locality-details")).getText()).contains("Newport");
		assertThat(all(By.id("change-locality"))).isEmpty();
		assertThat(driver.findElement(By.id("main-content")).getText()).doesNotContain("Change details");
	}

	@Test
	void viewerSeesTheLocalityListWithoutAnAddButton() {
		visit("/localities");

		assertThat(all(By.cssSelector("#localities tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
		assertThat(all(By.id("add-locality"))).isEmpty();
	}

	@Test
	void viewerGoingStraightToTheEditFormIsRefused() {
		visit("/localities/" + localityId("Newport") + "/edit");

		assertRefused();
		assertThat(all(By.tagName("form")))
			.as("only the header's search and sign-out forms, no locality form")
			.allSatisfy(form -> assertThat(form.getDomAttribute("action")).isIn("/search", "/sign-out"));
		assertThat(all(By.id("name"))).isEmpty();
	}

	@Test
	void viewerGoingStraightToUserAdministrationIsRefused() {
		visit("/admin/users");

		assertRefused();
		assertThat(all(By.id("users"))).isEmpty();
	}

	@Test
	void viewerAskingForALocalityThatDoesNotExistIsToldThePageIsNotFound() {
		visit("/localities/999999");

		assertThat(heading()).isEqualTo("Page not found");
		assertThat(driver.getTitle()).startsWith("Page not found");
	}

	private void assertRefused() {
		assertThat(heading()).isEqualTo(REFUSED);
		assertThat(driver.getTitle()).startsWith(REFUSED);
		assertThat(driver.findElement(By.id("main-content")).getText()).contains("Panel member (read only)");
		assertThat(all(By.id("signed-in"))).as("still signed in").hasSize(1);
	}
}
