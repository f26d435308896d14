package uk.gov.middlesbrough.tracker.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Column headings that look like personal data. The partners' information-sharing agreement means this
 * service holds figures and post titles only, so an import refuses such a column outright.
 */
public final class PersonalDataColumns {

	private static final List<Pattern> PATTERNS = List.of(
			Pattern.compile("\\bname\\b"), Pattern.compile("(^|_)names?(_|$)"), Pattern.compile("(first|last|full|sur|fore|given|family|child|person|client|resident|parent|carer)_?name"),
			Pattern.compile("surname|forename"), Pattern.compile("\\bdob\\b|date_?of_?birth|birth_?date"),
			Pattern.compile("address|post_?code|\\bnhs\\b|nhs_?(no|number)|\\bni_?(no|number)\\b|national_?insurance"),
			Pattern.compile("phone|mobile|e_?mail"), Pattern.compile("\\bupn\\b|unique_?pupil"));

	private PersonalDataColumns() {
	}

	public static boolean looksPersonal(String header) {
		String normalised = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
		return PATTERNS.stream().anyMatch(pattern -> pattern.matcher(normalised).find());
	}
}
