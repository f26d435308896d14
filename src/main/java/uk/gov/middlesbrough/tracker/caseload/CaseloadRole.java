package uk.gov.middlesbrough.tracker.caseload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The practitioner roles the papers report caseloads and staffing for: social workers (children's social
 * care), and Stronger Families ("early help") practitioners and senior practitioners.
 */
public enum CaseloadRole {
	SOCIAL_WORKER,
	EARLY_HELP_PRACTITIONER,
	EARLY_HELP_SENIOR_PRACTITIONER;

	public String messageKey() {
		return "caseload.role." + name();
	}

	public String pluralMessageKey() {
		return "caseload.role.plural." + name();
	}

	/** The role for a code as written in a CSV file (any case, spaces or hyphens for underscores). */
	static Optional<CaseloadRole> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String normalised = code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
		return Arrays.stream(values()).filter(role -> role.name().equals(normalised)).findFirst();
	}

	static String codes() {
		return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
	}
}
